// The register's screens: the communities and one community's page.
import { HomeOutlined } from '@ant-design/icons';
import type { FeatureScreens } from '../../ui/screens';
import { CommunitiesPage } from './CommunitiesPage';
import { CommunityDetailPage } from './CommunityDetailPage';

export const registerScreens: FeatureScreens = {
  screens: [
    { path: 'communities', element: <CommunitiesPage /> },
    { path: 'communities/:id', element: <CommunityDetailPage /> },
  ],
  menu: [
    {
      to: '/communities',
      label: '社区登记',
      icon: <HomeOutlined />,
      testId: 'nav-communities',
      group: 'work',
      order: 10,
    },
  ],
};
