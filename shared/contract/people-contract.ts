// The contract of the people channels: see people-channels.ts.
import { channel, noInput, type ContractFor } from './channel-spec';
import type { peopleChannels } from './people-channels';
import {
  changePasswordInput,
  firstAdministratorInput,
  peopleSettingsInput,
  signInInput,
  userActiveInput,
  userCreateInput,
  userResetPasswordInput,
  userUpdateInput,
  type PeopleSettings,
  type SignedInUser,
  type SignInState,
  type UserSummary,
} from './people';

export const peopleContract = {
  'auth.state': channel<SignInState>()(noInput),
  'auth.setUp': channel<SignedInUser>()(firstAdministratorInput),
  'auth.signIn': channel<SignedInUser>()(signInInput),
  'auth.signOut': channel<{ signedOut: boolean }>()(noInput),
  'auth.changePassword': channel<SignedInUser>()(changePasswordInput),
  'users.list': channel<UserSummary[]>()(noInput),
  'users.create': channel<UserSummary>()(userCreateInput),
  'users.update': channel<UserSummary>()(userUpdateInput),
  'users.setActive': channel<UserSummary>()(userActiveInput),
  'users.resetPassword': channel<UserSummary>()(userResetPasswordInput),
  'people.settings': channel<PeopleSettings>()(noInput),
  'people.saveSettings': channel<PeopleSettings>()(peopleSettingsInput),
} satisfies ContractFor<typeof peopleChannels>;
