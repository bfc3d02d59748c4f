// 业务活动表 (《民间非营利组织会计制度》 会民非02表), 本年累计数 up to a month: income by kind in the
// 非限定性 and 限定性 columns (a designated line is 限定性), expenses in 非限定性, the release of
// restricted net assets, and the change in net assets. The year-end 结转 voucher (and its reversal) is
// left out: it moves the year's income and expenses into net assets, which is what this statement shows.
import type { ActivityRow, ActivityStatement } from '../../../../shared/features/fund/periods/outputs';
import type { Db } from '../../core/db/connection';
import {
  effectiveKindSql,
  lastDayOfMonth,
  monthOf,
  reportAccounts,
  reversedJoinSql,
} from './report-accounts';

export const activityIncomeRows = [
  ['4101', '捐赠收入'],
  ['4201', '会费收入'],
  ['4301', '提供服务收入'],
  ['4401', '政府补助收入'],
  ['4601', '投资收益'],
  ['4901', '其他收入'],
] as const;
export const activityExpenseRows = [
  ['5101', '业务活动成本'],
  ['5201', '管理费用'],
  ['5301', '筹资费用'],
  ['5401', '其他费用'],
] as const;

const row = (key: string, label: string, unrestrictedFen: number, restrictedFen: number): ActivityRow => ({
  key,
  label,
  heading: false,
  unrestrictedFen,
  restrictedFen,
  totalFen: unrestrictedFen + restrictedFen,
});
const heading = (key: string, label: string): ActivityRow => ({ ...row(key, label, 0, 0), heading: true });

export function activityStatement(db: Db, input: { year: number; toMonth: number }): ActivityStatement {
  const start = `${input.year}-01-01`;
  const end = lastDayOfMonth(monthOf(input.year, input.toMonth));
  const sums = db
    .prepare(
      `SELECT l.account_id AS accountId, l.designation_id IS NOT NULL AS designated, ${effectiveKindSql} AS vkind,
         sum(l.credit_fen - l.debit_fen) AS net
       FROM fund_voucher_line l JOIN fund_voucher v ON v.id = l.voucher_id ${reversedJoinSql}
       WHERE l.voucher_date BETWEEN @start AND @end
       GROUP BY l.account_id, designated, vkind`,
    )
    .all({ start, end }) as { accountId: number; designated: number; vkind: string; net: number }[];
  const accounts = new Map(reportAccounts(db).map((a) => [a.id, a]));
  const income = new Map<string, [number, number]>();
  const expense = new Map<string, number>();
  let released = 0;
  for (const sum of sums) {
    const account = accounts.get(sum.accountId);
    if (!account || sum.vkind === 'year_end') continue;
    if (account.kind === 'income') {
      const cell = income.get(account.rootCode) ?? [0, 0];
      cell[sum.designated ? 1 : 0] += sum.net;
      income.set(account.rootCode, cell);
    } else if (account.kind === 'expense') {
      expense.set(account.rootCode, (expense.get(account.rootCode) ?? 0) - sum.net);
    } else if (account.rootCode === '3102' && (sum.vkind === 'release' || sum.vkind === 'lift')) {
      released -= sum.net;
    }
  }
  const incomeRows = activityIncomeRows.map(([code, label]) => {
    const [u, r] = income.get(code) ?? [0, 0];
    return row(`income_${code}`, label, u, r);
  });
  const incomeU = incomeRows.reduce((s, r) => s + r.unrestrictedFen, 0);
  const incomeR = incomeRows.reduce((s, r) => s + r.restrictedFen, 0);
  const expenseRows = activityExpenseRows.map(([code, label]) =>
    row(`expense_${code}`, label, expense.get(code) ?? 0, 0),
  );
  const expenseU = expenseRows.reduce((s, r) => s + r.unrestrictedFen, 0);
  return {
    year: input.year,
    toMonth: input.toMonth,
    rows: [
      heading('income', '一、收入'),
      ...incomeRows,
      row('income_total', '收入合计', incomeU, incomeR),
      heading('expense', '二、费用'),
      ...expenseRows,
      row('expense_total', '费用合计', expenseU, 0),
      row('release', '三、限定性净资产转为非限定性净资产', released, -released),
      row(
        'change',
        '四、净资产变动额（若为净资产减少额，以“-”号填列）',
        incomeU - expenseU + released,
        incomeR - released,
      ),
    ],
  };
}
