// OWNER: renderer acknowledgements slice (捐赠确认书: the register; issuing, printing and voiding from a
// donation's row). Reached through the fund's sub-navigation (books/FundNav), so no menu entries.
import type { FeatureScreens } from '../../../ui/screens';
import { AcknowledgementsPage } from './AcknowledgementsPage';

export { DonationAcknowledgementCell } from './DonationAcknowledgementCell';

export const fundAcknowledgementsScreens: FeatureScreens = {
  screens: [{ path: 'fund/acknowledgements', element: <AcknowledgementsPage /> }],
  menu: [],
};
