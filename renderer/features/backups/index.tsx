// 备份与恢复 (管理员): the ledger's verified backups, 立即备份, 导出备份 and 恢复.
import { SafetyCertificateOutlined } from '@ant-design/icons';
import type { FeatureScreens } from '../../ui/screens';
import { BackupsPage } from './BackupsPage';

export const backupScreens: FeatureScreens = {
  screens: [{ path: 'backups', element: <BackupsPage /> }],
  menu: [
    {
      to: '/backups',
      label: '备份与恢复',
      icon: <SafetyCertificateOutlined />,
      testId: 'nav-backups',
      group: 'admin',
      order: 27,
      reads: 'backups.list',
    },
  ],
};
