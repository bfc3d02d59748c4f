// The channels of the people who keep the books: sign-in, the users and the separation settings.
// Signing in needs nobody signed in; the users and the settings are 管理员's.
import { command, declareChannels, query } from './channel-kinds';
import { administrators, anyRole, withoutSignIn } from './roles';

export const peopleChannels = declareChannels({
  'auth.state': query(withoutSignIn),
  'auth.setUp': command({ invalidates: ['people'], roles: withoutSignIn }),
  'auth.signIn': command({ invalidates: ['people'], roles: withoutSignIn }),
  'auth.signOut': command({ invalidates: ['people'], roles: withoutSignIn }),
  'auth.changePassword': command({ invalidates: ['people'], roles: anyRole }),
  'users.list': query(administrators),
  'users.create': command({ invalidates: ['people'], roles: administrators }),
  'users.update': command({ invalidates: ['people'], roles: administrators }),
  'users.setActive': command({ invalidates: ['people'], roles: administrators }),
  'users.resetPassword': command({ invalidates: ['people'], roles: administrators }),
  'people.settings': query(anyRole),
  // 一人岗 changes what the documents print.
  'people.saveSettings': command({
    invalidates: ['people', 'funding', 'lists', 'access'],
    roles: administrators,
  }),
});
