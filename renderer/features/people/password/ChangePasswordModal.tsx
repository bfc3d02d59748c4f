// 修改密码 from the user menu.
import { App } from 'antd';
import { FormModal } from '../../../ui/FormModal';
import { ChangePasswordFields, type ChangePasswordValues } from './ChangePasswordFields';
import { useSession } from '../sign-in/session';
import { useChangePasswordForm } from './use-change-password';

export function ChangePasswordModal({ onClose }: { onClose: () => void }) {
  const { message } = App.useApp();
  const session = useSession();
  const { form, submitting, onFinish } = useChangePasswordForm((user) => {
    session.passwordChanged(user);
    void message.success('已修改密码，下次登录请使用新密码');
    onClose();
  });
  return (
    <FormModal<ChangePasswordValues>
      title="修改密码"
      form={form}
      initialValues={{}}
      submitting={submitting}
      onFinish={(values) => void onFinish(values)}
      onCancel={onClose}
      testId="change-password-modal"
      submitText="修改密码"
      width={440}
    >
      <ChangePasswordFields />
    </FormModal>
  );
}
