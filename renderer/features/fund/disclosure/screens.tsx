// OWNER: renderer disclosure slice (信息公开: the quarter's 收支公示 previewed, printed and recorded as posted,
// the register, the annual report; the dashboard's calendar of deadlines; a project's 公示 button). Reached
// through the fund's sub-navigation (books/FundNav), so no menu entries of its own.
import type { FeatureScreens } from '../../../ui/screens';
import { DisclosurePage } from './DisclosurePage';

export { DisclosureDeadlinesCard } from './DisclosureDeadlinesCard';
export { ProjectNoticeButton } from './ProjectNoticeButton';
export { RecordDisclosureModal, type DisclosureSubject } from './RecordDisclosureModal';

export const fundDisclosureScreens: FeatureScreens = {
  screens: [{ path: 'fund/disclosure', element: <DisclosurePage /> }],
  menu: [],
};
