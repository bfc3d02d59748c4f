// OWNER: renderer donations slice (donors, donations, 票据, the voucher-writing forms). Reached through the
// fund's sub-navigation (books/FundNav), so no menu entries of its own.
import type { FeatureScreens } from '../../../ui/screens';
import { DonationsPage } from './DonationsPage';
import { DonorPage, DonorsPage } from './DonorsPage';
import { ReceiptsPage } from './ReceiptsPage';

export const fundDonationsScreens: FeatureScreens = {
  screens: [
    { path: 'fund/donations', element: <DonationsPage /> },
    { path: 'fund/donors', element: <DonorsPage /> },
    { path: 'fund/donors/:id', element: <DonorPage /> },
    { path: 'fund/receipts', element: <ReceiptsPage /> },
  ],
  menu: [],
};
