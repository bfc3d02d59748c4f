// The register's screens (the communities and one community's page), and what the other features use of
// it: the list of communities.
import { HomeOutlined } from '@ant-design/icons';
import type { FeatureScreens } from '../../ui/screens';
import { CommunitiesPage } from './CommunitiesPage';
import { CommunityDetailPage } from './CommunityDetailPage';

export { useCommunities } from './queries';

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
