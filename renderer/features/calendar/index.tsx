// The holiday calendar's screen, and what the other features use of it: the posting-period fields of a
// notice form.
import { CalendarOutlined } from '@ant-design/icons';
import type { FeatureScreens } from '../../ui/screens';
import { CalendarPage } from './CalendarPage';

export { PostingPeriodFields } from './PostingPeriodFields';

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
