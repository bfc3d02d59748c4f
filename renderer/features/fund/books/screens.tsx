// OWNER: renderer books slice (settings, accounts, designations, vouchers). The menu's 公益微基金 opens the
// vouchers; the other fund pages are reached through FundNav.
import { AccountBookOutlined } from '@ant-design/icons';
import type { FeatureScreens } from '../../../ui/screens';
import { AccountsPage } from './AccountsPage';
import { DesignationsPage } from './DesignationsPage';
import { SettingsPage } from './SettingsPage';
import { VoucherFormPage } from './VoucherFormPage';
import { VoucherPage } from './VoucherPage';
import { VouchersPage } from './VouchersPage';

export const fundBooksScreens: FeatureScreens = {
  screens: [
    { path: 'fund', element: <VouchersPage /> },
    { path: 'fund/vouchers', element: <VouchersPage /> },
    { path: 'fund/vouchers/new', element: <VoucherFormPage mode="create" /> },
    { path: 'fund/vouchers/:id', element: <VoucherPage /> },
    { path: 'fund/vouchers/:id/edit', element: <VoucherFormPage mode="edit" /> },
    { path: 'fund/designations', element: <DesignationsPage /> },
    { path: 'fund/accounts', element: <AccountsPage /> },
    { path: 'fund/settings', element: <SettingsPage /> },
  ],
  menu: [
    {
      to: '/fund/vouchers',
      label: '公益微基金',
      icon: <AccountBookOutlined />,
      testId: 'nav-fund',
      group: 'work',
      order: 60,
    },
  ],
};
