// One's own new password (auth.changePassword), checked with its confirmation in the form.
import type { SignedInUser } from '../../../../shared/contract/people';
import { call } from '../../../api/client';
import { useSchemaForm } from '../../../ui/forms/use-schema-form';
import type { ChangePasswordValues } from './ChangePasswordFields';
import { changePasswordForm, withoutConfirmation } from './password-forms';

export function useChangePasswordForm(onChanged: (user: SignedInUser) => void) {
  return useSchemaForm<typeof changePasswordForm, ChangePasswordValues>({
    schema: changePasswordForm,
    submit: async (values) => onChanged(await call('auth.changePassword', withoutConfirmation(values))),
    guardsLeave: false,
  });
}
