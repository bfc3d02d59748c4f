// The chart as the reports read it: each account with its level, its parent and whether it is a leaf,
// and helpers that turn a signed balance (debit − credit) into a side and an amount.
import type { BalanceSide, SidedBalance } from '../../../../shared/features/fund/periods/outputs';
import type { Db } from '../../core/db/connection';

export interface ReportAccount {
  id: number;
  code: string;
  name: string;
  kind: 'asset' | 'liability' | 'net_assets' | 'income' | 'expense';
  normalSide: 'debit' | 'credit';
  parentId: number | null;
  active: boolean;
  level: number;
  leaf: boolean;
  /** The standard (一级) account this one is under, or itself. */
  rootCode: string;
}

export function reportAccounts(db: Db): ReportAccount[] {
  const rows = db
    .prepare(
      `SELECT id, code, name, kind, normal_side AS normalSide, parent_id AS parentId, active
       FROM fund_account ORDER BY code`,
    )
    .all() as (Omit<ReportAccount, 'level' | 'leaf' | 'rootCode' | 'active'> & { active: number })[];
  const byId = new Map(rows.map((row) => [row.id, row]));
  const parents = new Set(rows.map((row) => row.parentId).filter((id) => id !== null));
  return rows.map((row) => {
    let level = 1;
    let root = row;
    while (root.parentId !== null) {
      const parent = byId.get(root.parentId);
      if (!parent) break;
      root = parent;
      level += 1;
    }
    return { ...row, active: row.active === 1, level, leaf: !parents.has(row.id), rootCode: root.code };
  });
}

/** The account and every account under it. */
export function accountAndDescendants(accounts: ReportAccount[], id: number): number[] {
  const ids = [id];
  for (let i = 0; i < ids.length; i += 1)
    for (const account of accounts) if (account.parentId === ids[i]) ids.push(account.id);
  return ids;
}

/** The ids of the account and its ancestors, the account first. */
export function selfAndAncestors(accounts: ReportAccount[], id: number): number[] {
  const byId = new Map(accounts.map((account) => [account.id, account]));
  const ids: number[] = [];
  let current = byId.get(id);
  while (current) {
    ids.push(current.id);
    current = current.parentId === null ? undefined : byId.get(current.parentId);
  }
  return ids;
}

export function sided(debitMinusCredit: number): SidedBalance {
  const side: BalanceSide = debitMinusCredit > 0 ? 'debit' : debitMinusCredit < 0 ? 'credit' : 'flat';
  return { side, fen: Math.abs(debitMinusCredit) };
}

export const pad2 = (n: number) => String(n).padStart(2, '0');
export const monthOf = (year: number, month: number) => `${year}-${pad2(month)}`;

export function lastDayOfMonth(month: string): string {
  const y = Number(month.slice(0, 4));
  const m = Number(month.slice(5, 7));
  const days = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return `${month}-${pad2(days)}`;
}

/** A voucher's kind for the reports: a red reversal counts as the kind it reverses. */
export const effectiveKindSql = `CASE WHEN v.kind = 'reversal' THEN o.kind ELSE v.kind END`;
export const reversedJoinSql = `LEFT JOIN fund_voucher o ON o.id = v.reverses_id`;
