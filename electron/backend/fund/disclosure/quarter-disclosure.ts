// The quarter's 收支公示 as the screen previews it and the notice prints it: opening balance, donations by
// published name, income and spending by designation, grants by project, closing balance, and a 更正说明
// for every reversal posted in the quarter. Figures are the books' own: closing = opening + income −
// spending, and equals the net assets the fund's reports give for the quarter's last day.
import type {
  DisclosureCorrection,
  QuarterDisclosure,
  QuarterDonationRow,
  QuarterGrantRow,
} from '../../../../shared/features/fund/disclosure/outputs';
import type { Db } from '../../core/db/connection';
import { projectNumbers, voucherNumber } from '../fund-records';
import { donationIncome } from '../reports/donation-income';
import { fundBalances } from '../reports/fund-balances';
import { lastDayOfMonth, monthOf } from '../reports/report-accounts';
import { besideOriginals, correctionOf } from './corrections';
import { publicTextOf, type PublicText } from './public-names';
import {
  selectDesignationSums,
  selectGrants,
  selectOpeningBalance,
  selectReversals,
  type QuarterRange,
} from './quarter-queries';

export function quarterRange(year: number, quarter: number): QuarterRange {
  const firstMonth = (quarter - 1) * 3 + 1;
  return { from: `${monthOf(year, firstMonth)}-01`, to: lastDayOfMonth(monthOf(year, firstMonth + 2)) };
}

export function quarterDisclosure(db: Db, input: { year: number; quarter: number }): QuarterDisclosure {
  const range = quarterRange(input.year, input.quarter);
  const publicText = publicTextOf(db);
  const corrections = selectReversals(db, range).map((row) => correctionOf(row, publicText));
  const byReversal = new Map(corrections.map((c) => [c.reversalVoucherId, c]));
  const byDesignation = selectDesignationSums(db, range);
  const incomeFen = byDesignation.reduce((sum, row) => sum + row.incomeFen, 0);
  const spendingFen = byDesignation.reduce((sum, row) => sum + row.spendingFen, 0);
  return {
    year: input.year,
    quarter: input.quarter,
    ...range,
    openingBalanceFen: selectOpeningBalance(db, range),
    incomeFen,
    spendingFen,
    closingBalanceFen: fundBalances(db, range.to).totalFen,
    donations: besideOriginals(donationRows(db, input, byReversal)),
    byDesignation,
    grants: besideOriginals(grantRows(db, range, byReversal, publicText)),
    corrections,
  };
}

function donationRows(
  db: Db,
  input: { year: number; quarter: number },
  byReversal: Map<number, DisclosureCorrection>,
): QuarterDonationRow[] {
  const fromMonth = (input.quarter - 1) * 3 + 1;
  const report = donationIncome(db, { year: input.year, fromMonth, toMonth: fromMonth + 2 });
  // The donor's own name (row.donorName) is left behind here: only the published name goes public.
  return report.rows.map((row) => ({
    voucherId: row.voucherId,
    number: row.number,
    date: row.date,
    publishedName: row.publishedName,
    designationName: row.designationName,
    amountFen: row.amountFen,
    correction: byReversal.get(row.voucherId) ?? null,
  }));
}

function grantRows(
  db: Db,
  range: QuarterRange,
  byReversal: Map<number, DisclosureCorrection>,
  publicText: PublicText,
): QuarterGrantRow[] {
  return selectGrants(db, range).map((row) => ({
    voucherId: row.voucherId,
    number: voucherNumber(row.period, row.seq),
    date: row.date,
    projectNumber:
      row.projectYear === null || row.projectSeq === null
        ? null
        : projectNumbers.format(row.projectYear, row.projectSeq),
    projectTitle: row.projectTitle === null ? null : publicText(row.projectTitle),
    recipient: publicText(row.applicantName ?? row.counterparty),
    designationName: row.designationName,
    amountFen: row.amountFen,
    correction: byReversal.get(row.voucherId) ?? null,
  }));
}
