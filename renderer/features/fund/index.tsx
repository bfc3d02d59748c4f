// The micro-fund's screens (社区公益微基金): the books (settings, accounts, designations, vouchers), the
// donations with the forms that write their vouchers, the acknowledgements (捐赠确认书), the welfare
// projects, the public disclosure (信息公开), and the periods with the reports.
import type { FeatureScreens } from '../../ui/screens';
import { fundAcknowledgementsScreens } from './acknowledgements/screens';
import { fundBooksScreens } from './books/screens';
import { fundDisclosureScreens } from './disclosure/screens';
import { fundDonationsScreens } from './donations/screens';
import { fundProjectsScreens } from './projects/screens';
import { fundReportsScreens } from './reports/screens';

export { DisclosureDeadlinesCard, ProjectNoticeButton, RecordDisclosureModal } from './disclosure/screens';
export { FundBalancesCard } from './reports/screens';

const slices = [
  fundBooksScreens,
  fundDonationsScreens,
  fundAcknowledgementsScreens,
  fundProjectsScreens,
  fundDisclosureScreens,
  fundReportsScreens,
];

export const fundScreens: FeatureScreens = {
  screens: slices.flatMap((slice) => slice.screens),
  menu: slices.flatMap((slice) => slice.menu),
};
