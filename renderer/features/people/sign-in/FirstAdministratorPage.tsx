// 首次使用: a new ledger has no users yet. The first is an administrator, who then adds the people who
// prepare (经办人) and approve (审核人) in 「用户」.
import { Button, Form, Input, Typography } from 'antd';
import type { z } from 'zod';
import { call } from '../../../api/client';
import { useSchemaForm } from '../../../ui/forms/use-schema-form';
import { firstAdministratorForm, withoutConfirmation } from '../password/password-forms';
import { screenTitle, SignInScreen } from './SignInScreen';

type FirstAdministratorValues = Partial<z.input<typeof firstAdministratorForm>>;

export function FirstAdministratorPage({
  officeName,
  onDone,
}: {
  officeName: string;
  onDone: () => Promise<void>;
}) {
  const { form, submitting, onFinish } = useSchemaForm<
    typeof firstAdministratorForm,
    FirstAdministratorValues
  >({
    schema: firstAdministratorForm,
    submit: async (values) => {
      await call('auth.setUp', withoutConfirmation(values));
      await onDone();
    },
    guardsLeave: false,
  });
  return (
    <SignInScreen title={screenTitle(officeName)} testId="first-administrator-page">
      <Typography.Title level={5} style={{ marginTop: 0 }}>
        首次使用
      </Typography.Title>
      <Typography.Paragraph type="secondary">
        本台账还没有用户。请先创建管理员；管理员登录后，在「用户」中添加经办人和审核人。
      </Typography.Paragraph>
      <Form<FirstAdministratorValues>
        form={form}
        layout="vertical"
        onFinish={onFinish}
        requiredMark={false}
        data-testid="first-administrator-form"
      >
        <Form.Item label="登录名" name="login" extra="登录时输入，英文字母、数字或 . _ -">
          <Input autoFocus autoComplete="username" maxLength={32} data-testid="first-administrator-login" />
        </Form.Item>
        <Form.Item label="姓名" name="displayName" extra="印在单据的签名处">
          <Input maxLength={30} data-testid="first-administrator-name" />
        </Form.Item>
        <Form.Item label="密码" name="password">
          <Input.Password autoComplete="new-password" data-testid="first-administrator-password" />
        </Form.Item>
        <Form.Item label="确认密码" name="confirmPassword">
          <Input.Password autoComplete="new-password" data-testid="first-administrator-confirm" />
        </Form.Item>
        <Button
          type="primary"
          htmlType="submit"
          block
          loading={submitting}
          data-testid="first-administrator-submit"
        >
          创建管理员并登录
        </Button>
      </Form>
    </SignInScreen>
  );
}
