// 当前密码, 新密码, 确认新密码: the fields of one's own new password, on the forced screen and in the modal.
import { Form, Input } from 'antd';
import type { z } from 'zod';
import { passwordMinLength } from '../../../../shared/contract/people';
import type { changePasswordForm } from './password-forms';

export type ChangePasswordValues = Partial<z.input<typeof changePasswordForm>>;

export function ChangePasswordFields() {
  return (
    <>
      <Form.Item label="当前密码" name="currentPassword">
        <Input.Password autoFocus autoComplete="current-password" data-testid="change-password-current" />
      </Form.Item>
      <Form.Item label="新密码" name="newPassword" extra={`至少 ${passwordMinLength} 个字符`}>
        <Input.Password autoComplete="new-password" data-testid="change-password-new" />
      </Form.Item>
      <Form.Item label="确认新密码" name="confirmPassword">
        <Input.Password autoComplete="new-password" data-testid="change-password-confirm" />
      </Form.Item>
    </>
  );
}
