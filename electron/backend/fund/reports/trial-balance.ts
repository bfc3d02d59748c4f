// 科目余额表: per account its opening balance, the period's debits and credits and its closing balance,
// read from the month totals (fund_period_total), parents rolling up their 明细科目. The fund's opening
// voucher, entered once, is 期初余额: in a range that starts at or before its month (and reaches it) its
// amounts move from 本期发生额 to 期初余额, so January does not show the opening balances as movements.
import type {
  TrialBalance,
  TrialBalanceAmounts,
  TrialBalanceRow,
} from '../../../../shared/features/fund/periods/outputs';
import type { Db } from '../../core/db/connection';
import { openingVoucher } from './ledger-scope';
import { monthOf, reportAccounts, selfAndAncestors } from './report-accounts';

export interface TrialBalanceInput {
  year: number;
  fromMonth: number;
  toMonth: number;
}

const zero = (): TrialBalanceAmounts => ({
  openingDebitFen: 0,
  openingCreditFen: 0,
  periodDebitFen: 0,
  periodCreditFen: 0,
  closingDebitFen: 0,
  closingCreditFen: 0,
});

function split(net: number): [number, number] {
  return net >= 0 ? [net, 0] : [0, -net];
}

interface AccountTotal {
  accountId: number;
  opening: number;
  debit: number;
  credit: number;
}

/** Moves the opening voucher's amounts from the period into the opening balance when it is in range. */
function openingAsBalance(db: Db, totals: AccountTotal[], from: string, to: string): void {
  const opening = openingVoucher(db);
  if (opening === null || opening.period < from || opening.period > to) return;
  const lines = db
    .prepare(
      `SELECT account_id AS accountId, sum(debit_fen) AS debit, sum(credit_fen) AS credit
       FROM fund_voucher_line WHERE voucher_id = ? GROUP BY account_id`,
    )
    .all(opening.id) as { accountId: number; debit: number; credit: number }[];
  for (const line of lines) {
    const total = totals.find((t) => t.accountId === line.accountId);
    if (!total) continue;
    total.opening += line.debit - line.credit;
    total.debit -= line.debit;
    total.credit -= line.credit;
  }
}

export function trialBalance(db: Db, input: TrialBalanceInput): TrialBalance {
  const from = monthOf(input.year, input.fromMonth);
  const to = monthOf(input.year, input.toMonth);
  const totals = db
    .prepare(
      `SELECT account_id AS accountId,
         coalesce(sum(CASE WHEN period < @from THEN debit_fen - credit_fen END), 0) AS opening,
         coalesce(sum(CASE WHEN period BETWEEN @from AND @to THEN debit_fen END), 0) AS debit,
         coalesce(sum(CASE WHEN period BETWEEN @from AND @to THEN credit_fen END), 0) AS credit
       FROM fund_period_total WHERE period <= @to GROUP BY account_id`,
    )
    .all({ from, to }) as AccountTotal[];
  openingAsBalance(db, totals, from, to);
  const accounts = reportAccounts(db);
  const sums = new Map<number, { opening: number; debit: number; credit: number }>();
  for (const account of accounts) sums.set(account.id, { opening: 0, debit: 0, credit: 0 });
  for (const total of totals)
    for (const id of selfAndAncestors(accounts, total.accountId)) {
      const sum = sums.get(id);
      if (!sum) continue;
      sum.opening += total.opening;
      sum.debit += total.debit;
      sum.credit += total.credit;
    }
  const rows: TrialBalanceRow[] = accounts.map((account) => {
    const sum = sums.get(account.id) ?? { opening: 0, debit: 0, credit: 0 };
    const [openingDebitFen, openingCreditFen] = split(sum.opening);
    const [closingDebitFen, closingCreditFen] = split(sum.opening + sum.debit - sum.credit);
    return {
      accountId: account.id,
      code: account.code,
      name: account.name,
      level: account.level,
      parentId: account.parentId,
      kind: account.kind,
      normalSide: account.normalSide,
      leaf: account.leaf,
      active: account.active,
      openingDebitFen,
      openingCreditFen,
      periodDebitFen: sum.debit,
      periodCreditFen: sum.credit,
      closingDebitFen,
      closingCreditFen,
    };
  });
  const sum = zero();
  for (const row of rows.filter((r) => r.level === 1))
    for (const key of Object.keys(sum) as (keyof TrialBalanceAmounts)[]) sum[key] += row[key];
  return {
    year: input.year,
    fromMonth: input.fromMonth,
    toMonth: input.toMonth,
    rows,
    totals: sum,
    balanced:
      sum.openingDebitFen === sum.openingCreditFen &&
      sum.periodDebitFen === sum.periodCreditFen &&
      sum.closingDebitFen === sum.closingCreditFen,
  };
}
