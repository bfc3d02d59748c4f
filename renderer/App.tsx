// Providers (zh_CN locale, messages, data cache) and the routes, gathered from every feature's screens. A hash router, because the desktop app
// is served from app://app/index.html and the host from `/`: only the hash changes between screens. It
// is a data router so that a form with unsaved changes can hold a move to another screen (leave-guard).
// The sign-in gate stands inside the leave guard, so leaving a sign-in can ask about unsaved input too.
import { QueryClientProvider } from '@tanstack/react-query';
import { App as AntApp, ConfigProvider, Result } from 'antd';
import zhCN from 'antd/locale/zh_CN';
import { useState } from 'react';
import {
  createHashRouter,
  createRoutesFromElements,
  Link,
  Navigate,
  Route,
  RouterProvider,
} from 'react-router';
import { LeaveGuardProvider } from './ui/forms/leave-guard';
import { TodayProvider, todayQuery } from './ui/today';
import { createQueryClient } from './api/query-client';
import type { SignInState } from '../shared/contract/people';
import type { Today } from '../shared/domain/years';
import { AppLayout } from './layout/AppLayout';
import { features } from './features';
import { SignInGate } from './features/people';

function NotFound() {
  return <Result status="404" title="没有这个页面" extra={<Link to="/communities">返回社区登记</Link>} />;
}

function createRouter(signIn: SignInState | undefined) {
  return createHashRouter(
    createRoutesFromElements(
      <Route
        element={
          <LeaveGuardProvider>
            <SignInGate seed={signIn}>
              <AppLayout />
            </SignInGate>
          </LeaveGuardProvider>
        }
      >
        <Route index element={<Navigate to="/communities" replace />} />
        {features.flatMap((feature) =>
          feature.screens.map((screen) => (
            <Route key={screen.path} path={screen.path} element={screen.element} />
          )),
        )}
        <Route path="*" element={<NotFound />} />
      </Route>,
    ),
  );
}

export interface AppProps {
  /** The backend's answers to calendar.today and auth.state when main.tsx had them before mounting. */
  today?: Today | undefined;
  signIn?: SignInState | undefined;
}

export function App({ today, signIn }: AppProps) {
  const [queryClient] = useState(() => {
    const client = createQueryClient();
    // Every screen waits for today (TodayProvider): seeded, the first paint is the screen itself.
    if (today) client.setQueryData(todayQuery.queryKey, today);
    else void client.prefetchQuery(todayQuery);
    return client;
  });
  const [router] = useState(() => createRouter(signIn));
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
