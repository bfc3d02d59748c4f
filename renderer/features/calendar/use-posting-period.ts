// The posting period of the two notice forms (经费公示, 清单公示), written once: the default start (the first
// working day after today, from the holiday calendar) and the end date worked out live as the clerk
// changes the start or the number of working days, with the years the calendar has nothing for.
import { Form, type FormInstance } from 'antd';
import dayjs from 'dayjs';
import { toApiError } from '../../api/errors';
import { useToday } from '../../ui/today';
import { usePostingEnd } from './queries';
import { periodToCompute, type PostingPeriodValues } from './posting-period';
import type { PostingPeriodState } from './PostingPeriodFields';

/** The first working day after today (the backend's); `pending` until the calendar has answered. */
export function useDefaultPostingStart(): { pending: boolean; start: string } {
  const { today } = useToday();
  const tomorrow = dayjs(today).add(1, 'day').format('YYYY-MM-DD');
  // A period of one working day from tomorrow ends on the first working day from tomorrow.
  const firstWorkingDay = usePostingEnd(tomorrow, 1);
  return { pending: firstWorkingDay.isPending, start: firstWorkingDay.data?.endDate ?? tomorrow };
}

/** What PostingPeriodFields shows for the form's current start and length. */
export function usePostingPeriod<T extends PostingPeriodValues>(form: FormInstance<T>): PostingPeriodState {
  const startDate = Form.useWatch('startDate', form);
  const workingDays = Form.useWatch('workingDays', form);
  const period = periodToCompute(startDate, workingDays);
  const end = usePostingEnd(period?.start ?? null, period?.days ?? null);
  return {
    endDate: period ? (end.data?.endDate ?? null) : null,
    endDateLoading: end.isFetching,
    endDateError: end.isError ? toApiError(end.error).message : null,
    uncoveredYears: period ? (end.data?.uncoveredYears ?? []) : [],
  };
}
