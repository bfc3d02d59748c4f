// The people who keep the books: the sign-in gate and the user menu for the frame, the 用户 screen
// (管理员), and the 岗位设置 card the office settings page shows.
import { TeamOutlined } from '@ant-design/icons';
import type { FeatureScreens } from '../../ui/screens';
import { UsersPage } from './users/UsersPage';

export { SignInGate } from './sign-in/SignInGate';
export { UserMenu } from './UserMenu';
export { PeopleSettingsCard } from './PeopleSettingsCard';
export { useSession } from './sign-in/session';

export const peopleScreens: FeatureScreens = {
  screens: [{ path: 'users', element: <UsersPage /> }],
  menu: [
    {
      to: '/users',
      label: '用户',
      icon: <TeamOutlined />,
      testId: 'nav-users',
      group: 'admin',
      order: 25,
      reads: 'users.list',
    },
  ],
};
