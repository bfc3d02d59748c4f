// "Today" and "this year" come from the backend's clock (calendar.today), never from the PC's: a clerk
// whose PC clock disagrees with the app's sees one answer, the one postings are checked against. The
// provider holds the screens back until the backend has answered, so useToday() always has a value.
import { useQuery } from '@tanstack/react-query';
import { Result, Spin } from 'antd';
import { createContext, useContext, type ReactNode } from 'react';
import type { Today } from '../../shared/domain/years';
import { toApiError } from '../api/errors';
import { callQuery } from '../api/client';
import { todayQueryKey } from './today-key';

/** Today by the backend's clock (calendar.today); App.tsx seeds it before the first screen. */
export const todayQuery = {
  queryKey: todayQueryKey,
  queryFn: () => callQuery('calendar.today', {}),
  // Asked again every minute, so a window left open over midnight moves on to the new day.
  refetchInterval: 60_000,
};

const TodayContext = createContext<Today | null>(null);

export function TodayProvider({ children }: { children: ReactNode }) {
  const query = useQuery(todayQuery);
  if (query.data) return <TodayContext.Provider value={query.data}>{children}</TodayContext.Provider>;
  if (query.isError)
    return <Result status="error" title="无法读取程序的日期" subTitle={toApiError(query.error).message} />;
  return <Spin size="large" style={{ display: 'block', margin: '80px auto' }} />;
}

/** Today (YYYY-MM-DD) and its year by the backend's clock. */
export function useToday(): Today {
  const today = useContext(TodayContext);
  if (today === null) throw new Error('useToday() outside <TodayProvider>');
  return today;
}
