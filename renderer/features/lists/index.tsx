// The public lists' screens: the lists with their drafts and history, and notice printing.
import { OrderedListOutlined, PrinterOutlined } from '@ant-design/icons';
import type { FeatureScreens } from '../../ui/screens';
import { ListNoticesPage } from './notices/ListNoticesPage';
import { PublicListsPage } from './PublicListsPage';

export const listScreens: FeatureScreens = {
  screens: [
    { path: 'lists/:kind?', element: <PublicListsPage /> },
    { path: 'notices', element: <ListNoticesPage /> },
  ],
  menu: [
    {
      to: '/lists',
      label: '公示清单',
      icon: <OrderedListOutlined />,
      testId: 'nav-lists',
      group: 'lists',
      order: 10,
    },
    {
      to: '/notices',
      label: '公示打印',
      icon: <PrinterOutlined />,
      testId: 'nav-notices',
      group: 'lists',
      order: 40,
    },
  ],
};
