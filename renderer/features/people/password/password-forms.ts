// The forms that set a password ask for it twice: the contract's schema plus a confirmation that must
// match, checked in the form (the Node side never sees the confirmation).
import { z } from 'zod';
import {
  changePasswordInput,
  firstAdministratorInput,
  userCreateInput,
  userResetPasswordInput,
} from '../../../../shared/contract/people';

/** The typed-again field. */
function confirmationField(confirmLabel: string) {
  return z.string({ error: `${confirmLabel}：必须填写` });
}

/** The refinement that `confirmPassword` equals `field`, told on the confirmation. */
function matching<K extends string>(field: K, label: string, confirmLabel: string) {
  const check = (values: Record<K, unknown> & { confirmPassword: unknown }) =>
    values[field] === values.confirmPassword;
  const params = {
    path: ['confirmPassword'],
    error: `${confirmLabel}：与${label}不一致`,
    // Said at once, not only after every other field has passed.
    when: (payload: { value: unknown }) =>
      typeof (payload.value as { confirmPassword?: unknown }).confirmPassword === 'string',
  };
  return [check, params] as const;
}

export const firstAdministratorForm = firstAdministratorInput
  .extend({ confirmPassword: confirmationField('确认密码') })
  .refine(...matching('password', '密码', '确认密码'));

export const changePasswordForm = changePasswordInput
  .extend({ confirmPassword: confirmationField('确认新密码') })
  .refine(...matching('newPassword', '新密码', '确认新密码'));

export const userCreateForm = userCreateInput
  .extend({ confirmPassword: confirmationField('确认密码') })
  .refine(...matching('password', '初始密码', '确认密码'));

export const resetPasswordForm = userResetPasswordInput
  .extend({ confirmPassword: confirmationField('确认临时密码') })
  .refine(...matching('password', '临时密码', '确认临时密码'));

/** What the channel takes: the form's values without the confirmation. */
export function withoutConfirmation<T extends { confirmPassword: string }>(
  values: T,
): Omit<T, 'confirmPassword'> {
  const input: Partial<T> = { ...values };
  delete input.confirmPassword;
  return input as Omit<T, 'confirmPassword'>;
}
