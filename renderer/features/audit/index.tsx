// The audit log's screen, and what the other features use of it: the log's table (a
// record's own 操作日志).
import { AuditOutlined } from '@ant-design/icons';
import type { FeatureScreens } from '../../ui/screens';
import { AuditPage } from './AuditPage';

export { AuditTable } from './AuditTable';

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
