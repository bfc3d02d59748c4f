// The office settings' screen, and what the frame and the other features use of it: the settings.
import { SettingOutlined } from '@ant-design/icons';
import type { FeatureScreens } from '../../ui/screens';
import { SettingsPage } from './SettingsPage';

export { useOffice } from './queries';

export const officeScreens: FeatureScreens = {
  screens: [{ path: 'settings', element: <SettingsPage /> }],
  menu: [
    {
      to: '/settings',
      label: '单位设置',
      icon: <SettingOutlined />,
      testId: 'nav-settings',
      group: 'admin',
      order: 20,
    },
  ],
};
