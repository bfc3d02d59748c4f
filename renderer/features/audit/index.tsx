// The audit log's screen.
import { AuditOutlined } from '@ant-design/icons';
import type { FeatureScreens } from '../../ui/screens';
import { AuditPage } from './AuditPage';

export const auditScreens: FeatureScreens = {
  screens: [{ path: 'audit', element: <AuditPage /> }],
  menu: [
    {
      to: '/audit',
      label: '操作日志',
      icon: <AuditOutlined />,
      testId: 'nav-audit',
      group: 'admin',
      order: 10,
    },
  ],
};
