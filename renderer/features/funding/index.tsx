// The funding screens: a year's table, one community's funding, the dashboard and the standards.
import { AccountBookOutlined, BarChartOutlined, ProfileOutlined } from '@ant-design/icons';
import { Spin } from 'antd';
import { lazy, Suspense } from 'react';
import type { FeatureScreens } from '../../ui/screens';
import { CommunityFundingPage } from './community/CommunityFundingPage';
import { StandardsPage } from './standards/StandardsPage';
import { FundingYearPage } from './year/FundingYearPage';

// The dashboard brings ECharts (about half the bundle): load it only when the dashboard is opened.
const FundingDashboardPage = lazy(() =>
  import('./dashboard/FundingDashboardPage').then((module) => ({ default: module.FundingDashboardPage })),
);

export const fundingScreens: FeatureScreens = {
  screens: [
    {
      path: 'funding/dashboard',
      element: (
        <Suspense fallback={<Spin size="large" style={{ display: 'block', margin: '80px auto' }} />}>
          <FundingDashboardPage />
        </Suspense>
      ),
    },
    { path: 'funding/:year?', element: <FundingYearPage /> },
    { path: 'funding/:year/community/:communityId', element: <CommunityFundingPage /> },
    { path: 'settings/standards', element: <StandardsPage /> },
  ],
  menu: [
    {
      to: '/funding',
      label: '经费核定',
      icon: <AccountBookOutlined />,
      testId: 'nav-funding',
      group: 'work',
      order: 20,
    },
    {
      to: '/funding/dashboard',
      label: '经费看板',
      icon: <BarChartOutlined />,
      testId: 'nav-funding-dashboard',
      group: 'work',
      order: 30,
    },
    {
      to: '/settings/standards',
      label: '经费标准',
      icon: <ProfileOutlined />,
      testId: 'nav-standards',
      group: 'admin',
      order: 30,
    },
  ],
};
