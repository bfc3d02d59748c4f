// A password typed twice must match, said on the confirmation field; the channel never gets the copy.
import { describe, expect, it } from 'vitest';
import {
  changePasswordForm,
  firstAdministratorForm,
  resetPasswordForm,
  withoutConfirmation,
} from '../../../renderer/features/people/password/password-forms';

function messagesOf(result: {
  success: boolean;
  error?: { issues: { path: PropertyKey[]; message: string }[] };
}) {
  return (result.error?.issues ?? []).map((issue) => `${issue.path.join('.')}: ${issue.message}`);
}

describe('the password forms', () => {
  it('refuses a first administrator whose two passwords differ, on 确认密码', () => {
    const result = firstAdministratorForm.safeParse({
      login: 'admin',
      displayName: '赵敏',
      password: 'first-pass-1',
      confirmPassword: 'first-pass-2',
    });
    expect(messagesOf(result)).toEqual(['confirmPassword: 确认密码：与密码不一致']);
  });

  it('says the mismatch even while another field is still empty', () => {
    // An untouched field is undefined, which stops zod's later checks unless told otherwise.
    const result = changePasswordForm.safeParse({
      currentPassword: undefined,
      newPassword: 'new-pass-1',
      confirmPassword: 'new-pass-2',
    });
    expect(messagesOf(result)).toContain('confirmPassword: 确认新密码：与新密码不一致');
    expect(messagesOf(result)).toContain('currentPassword: 密码：必须填写');
  });

  it('keeps the contract’s rules: a short temporary password is refused by name', () => {
    const result = resetPasswordForm.safeParse({ id: 3, password: 'short', confirmPassword: 'short' });
    expect(messagesOf(result)).toEqual(['password: 临时密码：至少 8 个字符']);
  });

  it('sends the channel what it takes, without the confirmation', () => {
    const parsed = changePasswordForm.parse({
      currentPassword: 'old-pass-1',
      newPassword: 'new-pass-1',
      confirmPassword: 'new-pass-1',
    });
    expect(withoutConfirmation(parsed)).toEqual({ currentPassword: 'old-pass-1', newPassword: 'new-pass-1' });
  });
});
