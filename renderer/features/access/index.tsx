// The work-access screens: the register of requests, one request, and the admitted catalogue.
import { FileProtectOutlined, SafetyCertificateOutlined } from '@ant-design/icons';
import type { FeatureScreens } from '../../ui/screens';
import { AccessCataloguePage } from './AccessCataloguePage';
import { AccessDetailPage } from './AccessDetailPage';
import { AccessRequestsPage } from './AccessRequestsPage';

export const accessScreens: FeatureScreens = {
  screens: [
    { path: 'access', element: <AccessRequestsPage /> },
    { path: 'access/catalogue', element: <AccessCataloguePage /> },
    { path: 'access/:id', element: <AccessDetailPage /> },
  ],
  menu: [
    {
      to: '/access',
      label: '准入申请',
      icon: <FileProtectOutlined />,
      testId: 'nav-access',
      group: 'lists',
      order: 20,
    },
    {
      to: '/access/catalogue',
      label: '准入目录',
      icon: <SafetyCertificateOutlined />,
      testId: 'nav-access-catalogue',
      group: 'lists',
      order: 30,
    },
  ],
};
