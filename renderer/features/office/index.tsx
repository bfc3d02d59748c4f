// The office settings' screen.
import { SettingOutlined } from '@ant-design/icons';
import type { FeatureScreens } from '../../ui/screens';
import { SettingsPage } from './SettingsPage';

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
