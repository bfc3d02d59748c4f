// The people channels' handlers: sign-in, the users and the separation settings.
import type { peopleChannels } from '../../../../shared/contract/people-channels';
import type { HandlersOf } from '../handler';
import { readPeopleSettings, updatePeopleSettings } from './settings';
import { changeOwnPassword, setUpFirstAdministrator, signIn, signInState, signOut } from './sign-in';
import { createUser, listUserSummaries, resetPassword, setActive, updateUser } from './user-admin';

export const peopleHandlers: HandlersOf<typeof peopleChannels> = {
  'auth.state': (ctx) => signInState(ctx),
  'auth.setUp': setUpFirstAdministrator,
  'auth.signIn': signIn,
  'auth.signOut': (ctx) => signOut(ctx),
  'auth.changePassword': changeOwnPassword,
  'users.list': (ctx) => listUserSummaries(ctx),
  'users.create': createUser,
  'users.update': updateUser,
  'users.setActive': setActive,
  'users.resetPassword': resetPassword,
  'people.settings': (ctx) => readPeopleSettings(ctx),
  'people.saveSettings': updatePeopleSettings,
};
