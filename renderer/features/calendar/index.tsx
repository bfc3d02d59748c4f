// The holiday calendar's screen, and what the other features use of it: a notice form's posting period
// (its fields, its hook and the rules that turn it into a channel's input).
import { CalendarOutlined } from '@ant-design/icons';
import type { FeatureScreens } from '../../ui/screens';
import { CalendarPage } from './CalendarPage';

export { PostingPeriodFields, type PostingPeriodState } from './PostingPeriodFields';
export { initialPostingPeriod, postingPeriodInput, type PostingPeriodValues } from './posting-period';
export { useDefaultPostingStart, usePostingPeriod } from './use-posting-period';

export const calendarScreens: FeatureScreens = {
  screens: [{ path: 'settings/calendar', element: <CalendarPage /> }],
  menu: [
    {
      to: '/settings/calendar',
      label: '节假日',
      icon: <CalendarOutlined />,
      testId: 'nav-calendar',
      group: 'admin',
      order: 40,
    },
  ],
};
