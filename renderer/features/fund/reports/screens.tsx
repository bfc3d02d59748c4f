// OWNER: renderer reports slice (periods, month close, the reports). Reached through the fund's
// sub-navigation (books/FundNav), so no menu entries of its own.
import type { FeatureScreens } from '../../../ui/screens';
import { ActivityStatementPage } from './ActivityStatementPage';
import { BalanceSheetPage } from './BalanceSheetPage';
import { DesignationReportPage } from './DesignationReportPage';
import { DonationIncomePage } from './DonationIncomePage';
import { LedgerPage } from './LedgerPage';
import { Navigate } from 'react-router';
import { PeriodsPage } from './PeriodsPage';
import { TrialBalancePage } from './TrialBalancePage';

export { FundBalancesCard } from './FundBalancesCard';

export const fundReportsScreens: FeatureScreens = {
  screens: [
    { path: 'fund/periods', element: <PeriodsPage /> },
    { path: 'fund/reports', element: <Navigate to="/fund/reports/trial-balance" replace /> },
    { path: 'fund/reports/trial-balance', element: <TrialBalancePage /> },
    { path: 'fund/reports/ledger', element: <LedgerPage /> },
    { path: 'fund/reports/designations', element: <DesignationReportPage /> },
    { path: 'fund/reports/donations', element: <DonationIncomePage /> },
    { path: 'fund/reports/activity', element: <ActivityStatementPage /> },
    { path: 'fund/reports/balance-sheet', element: <BalanceSheetPage /> },
  ],
  menu: [],
};
