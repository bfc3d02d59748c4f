// Providers (zh_CN locale, messages, data cache) and the routes. A hash router, because the desktop app
// is served from app://app/index.html and the host from `/`: only the hash changes between screens. It
// is a data router so that a form with unsaved changes can hold a move to another screen (leave-guard).
import { QueryClientProvider } from '@tanstack/react-query';
import { App as AntApp, ConfigProvider, Result, Spin } from 'antd';
import zhCN from 'antd/locale/zh_CN';
import { lazy, Suspense, useState } from 'react';
import {
  createHashRouter,
  createRoutesFromElements,
  Link,
  Navigate,
  Route,
  RouterProvider,
} from 'react-router';
import { LeaveGuardProvider } from './ui/forms/leave-guard';
import { TodayProvider } from './ui/today';
import { createQueryClient } from './api/query-client';
import { todayQuery } from './api/queries';
import type { Today } from '../shared/domain/years';
import { AppLayout } from './layout/AppLayout';
import { AccessCataloguePage } from './features/access/AccessCataloguePage';
import { AccessDetailPage } from './features/access/AccessDetailPage';
import { AccessRequestsPage } from './features/access/AccessRequestsPage';
import { AuditPage } from './features/audit/AuditPage';
import { CommunitiesPage } from './features/register/CommunitiesPage';
import { CommunityDetailPage } from './features/register/CommunityDetailPage';
import { CommunityFundingPage } from './features/funding/community/CommunityFundingPage';
import { FundingYearPage } from './features/funding/year/FundingYearPage';
import { PublicListsPage } from './features/lists/PublicListsPage';
import { ListNoticesPage } from './features/lists/notices/ListNoticesPage';
import { CalendarPage } from './features/calendar/CalendarPage';
import { SettingsPage } from './features/office/SettingsPage';
import { StandardsPage } from './features/funding/standards/StandardsPage';

// The dashboard brings ECharts (about half the bundle): load it only when the dashboard is opened.
const FundingDashboardPage = lazy(() =>
  import('./features/funding/dashboard/FundingDashboardPage').then((module) => ({ default: module.FundingDashboardPage })),
);

function NotFound() {
  return <Result status="404" title="没有这个页面" extra={<Link to="/communities">返回社区登记</Link>} />;
}

function createRouter() {
  return createHashRouter(
    createRoutesFromElements(
      <Route
        element={
          <LeaveGuardProvider>
            <AppLayout />
          </LeaveGuardProvider>
        }
      >
        <Route index element={<Navigate to="/communities" replace />} />
        <Route path="communities" element={<CommunitiesPage />} />
        <Route path="communities/:id" element={<CommunityDetailPage />} />
        <Route
          path="funding/dashboard"
          element={
            <Suspense fallback={<Spin size="large" style={{ display: 'block', margin: '80px auto' }} />}>
              <FundingDashboardPage />
            </Suspense>
          }
        />
        <Route path="funding/:year?" element={<FundingYearPage />} />
        <Route path="funding/:year/community/:communityId" element={<CommunityFundingPage />} />
        <Route path="lists/:kind?" element={<PublicListsPage />} />
        <Route path="access" element={<AccessRequestsPage />} />
        <Route path="access/catalogue" element={<AccessCataloguePage />} />
        <Route path="access/:id" element={<AccessDetailPage />} />
        <Route path="notices" element={<ListNoticesPage />} />
        <Route path="audit" element={<AuditPage />} />
        <Route path="settings" element={<SettingsPage />} />
        <Route path="settings/standards" element={<StandardsPage />} />
        <Route path="settings/calendar" element={<CalendarPage />} />
        <Route path="*" element={<NotFound />} />
      </Route>,
    ),
  );
}

/** `today` is the backend's answer to calendar.today when main.tsx had it before mounting. */
export function App({ today }: { today?: Today | undefined }) {
  const [queryClient] = useState(() => {
    const client = createQueryClient();
    // Every screen waits for today (TodayProvider): seeded, the first paint is the screen itself.
    if (today) client.setQueryData(todayQuery.queryKey, today);
    else void client.prefetchQuery(todayQuery);
    return client;
  });
  const [router] = useState(createRouter);
  return (
    <ConfigProvider locale={zhCN} button={{ autoInsertSpace: false }}>
      <AntApp>
        <QueryClientProvider client={queryClient}>
          <TodayProvider>
            <RouterProvider router={router} />
          </TodayProvider>
        </QueryClientProvider>
      </AntApp>
    </ConfigProvider>
  );
}
