// Before anything else: a user whose password an administrator set (a new user, a reset) chooses one
// of their own, which the administrator never learns.
import { Button, Form, Typography } from 'antd';
import { ChangePasswordFields, type ChangePasswordValues } from './ChangePasswordFields';
import { useSession } from '../sign-in/session';
import { SignInScreen } from '../sign-in/SignInScreen';
import { useChangePasswordForm } from './use-change-password';

export function ChangePasswordPage() {
  const session = useSession();
  const { form, submitting, onFinish } = useChangePasswordForm(session.passwordChanged);
  return (
    <SignInScreen title="修改密码" testId="change-password-page">
      <Typography.Paragraph type="secondary">
        {session.user.displayName}，您的密码由管理员设置。请先设置只有您自己知道的新密码，再开始办理。
      </Typography.Paragraph>
      <Form<ChangePasswordValues>
        form={form}
        layout="vertical"
        onFinish={onFinish}
        requiredMark={false}
        data-testid="change-password-form"
      >
        <ChangePasswordFields />
        <Button
          type="primary"
          htmlType="submit"
          block
          loading={submitting}
          data-testid="change-password-submit"
        >
          修改密码
        </Button>
      </Form>
      <Button
        type="link"
        block
        style={{ marginTop: 8 }}
        onClick={() => void session.leave('已退出登录')}
        data-testid="change-password-sign-out"
      >
        退出登录
      </Button>
    </SignInScreen>
  );
}
