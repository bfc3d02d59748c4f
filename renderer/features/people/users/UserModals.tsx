// The administrator's forms on a user: 新增用户, 修改 (姓名, 角色) and 重置密码. Each is mounted only while
// open (FormModal); the page sends what it returns.
import { Checkbox, Form, Input, Select, Typography } from 'antd';
import type { z } from 'zod';
import { userUpdateInput, type UserSummary } from '../../../../shared/contract/people';
import { userRoleLabels, userRoles } from '../../../../shared/contract/roles';
import { useSchemaForm } from '../../../ui/forms/use-schema-form';
import { FormModal } from '../../../ui/FormModal';
import { resetPasswordForm, userCreateForm, withoutConfirmation } from '../password/password-forms';

const roleOptions = userRoles.map((role) => ({ value: role, label: userRoleLabels[role] }));
const roleHelp =
  '经办人：录入、测算、编制、登记；审核人：审批、发布、审核决定（也可经办）；管理员：用户、单位设置、经费标准、节假日';

type CreateValues = Partial<z.input<typeof userCreateForm>>;
type EditValues = Partial<z.input<typeof userUpdateInput>>;
type ResetValues = Partial<z.input<typeof resetPasswordForm>>;

export function UserCreateModal({
  onSubmit,
  onCancel,
}: {
  onSubmit: (input: Omit<z.output<typeof userCreateForm>, 'confirmPassword'>) => Promise<unknown>;
  onCancel: () => void;
}) {
  const { form, submitting, onFinish } = useSchemaForm<typeof userCreateForm, CreateValues>({
    schema: userCreateForm,
    submit: (values) => onSubmit(withoutConfirmation(values)),
  });
  return (
    <FormModal<CreateValues>
      title="新增用户"
      form={form}
      initialValues={{ role: 'preparer', mustChangePassword: true }}
      submitting={submitting}
      onFinish={onFinish}
      onCancel={onCancel}
      testId="user-create-form"
      width={520}
    >
      <Form.Item label="登录名" name="login" required extra="英文字母、数字或 . _ -，登录时输入">
        <Input autoFocus maxLength={32} data-testid="user-login-input" />
      </Form.Item>
      <Form.Item label="姓名" name="displayName" required extra="印在单据的签名处">
        <Input maxLength={30} data-testid="user-name-input" />
      </Form.Item>
      <Form.Item label="角色" name="role" required extra={roleHelp}>
        <Select options={roleOptions} data-testid="user-role-select" />
      </Form.Item>
      <Form.Item label="初始密码" name="password" required>
        <Input.Password autoComplete="new-password" data-testid="user-password-input" />
      </Form.Item>
      <Form.Item label="确认密码" name="confirmPassword" required>
        <Input.Password autoComplete="new-password" data-testid="user-confirm-input" />
      </Form.Item>
      <Form.Item name="mustChangePassword" valuePropName="checked">
        <Checkbox data-testid="user-must-change-input">首次登录须修改密码</Checkbox>
      </Form.Item>
    </FormModal>
  );
}

export function UserEditModal({
  user,
  onSubmit,
  onCancel,
}: {
  user: UserSummary;
  onSubmit: (input: z.output<typeof userUpdateInput>) => Promise<unknown>;
  onCancel: () => void;
}) {
  const { form, submitting, onFinish } = useSchemaForm<typeof userUpdateInput, EditValues>({
    schema: userUpdateInput,
    toInput: (values) => ({ ...values, id: user.id }),
    submit: onSubmit,
  });
  return (
    <FormModal<EditValues>
      title={`修改用户：${user.login}`}
      form={form}
      initialValues={{ displayName: user.displayName, role: user.role }}
      submitting={submitting}
      onFinish={onFinish}
      onCancel={onCancel}
      testId="user-edit-form"
      width={520}
    >
      <Form.Item label="姓名" name="displayName" required>
        <Input autoFocus maxLength={30} data-testid="user-name-input" />
      </Form.Item>
      <Form.Item label="角色" name="role" required extra={roleHelp}>
        <Select options={roleOptions} data-testid="user-role-select" />
      </Form.Item>
    </FormModal>
  );
}

export function ResetPasswordModal({
  user,
  onSubmit,
  onCancel,
}: {
  user: UserSummary;
  onSubmit: (input: { id: number; password: string }) => Promise<unknown>;
  onCancel: () => void;
}) {
  const { form, submitting, onFinish } = useSchemaForm<typeof resetPasswordForm, ResetValues>({
    schema: resetPasswordForm,
    toInput: (values) => ({ ...values, id: user.id }),
    submit: (values) => onSubmit(withoutConfirmation(values)),
  });
  return (
    <FormModal<ResetValues>
      title={`重置密码：${user.displayName}（${user.login}）`}
      form={form}
      initialValues={{}}
      submitting={submitting}
      onFinish={onFinish}
      onCancel={onCancel}
      testId="user-reset-form"
      submitText="重置密码"
      width={480}
    >
      <Typography.Paragraph type="secondary">
        设置一个临时密码并告知本人。该用户下次登录时须先把它改为自己的新密码；已登录的窗口随即退出。
      </Typography.Paragraph>
      <Form.Item label="临时密码" name="password" required>
        <Input.Password autoFocus autoComplete="new-password" data-testid="user-reset-password-input" />
      </Form.Item>
      <Form.Item label="确认临时密码" name="confirmPassword" required>
        <Input.Password autoComplete="new-password" data-testid="user-reset-confirm-input" />
      </Form.Item>
    </FormModal>
  );
}
