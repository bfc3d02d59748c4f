// The chart of accounts as a tree by code: each 明细科目 under its parent, siblings in code order. The
// designation rule reads as the clerk knows it (income accounts: 分限定性/非限定性).
import type {
  DesignationRule,
  FundAccountKind,
  FundAccountRow,
} from '../../../../shared/features/fund/books/contract';

export interface AccountNode extends FundAccountRow {
  children?: AccountNode[];
}

export function accountTree(rows: readonly FundAccountRow[]): AccountNode[] {
  const nodes = new Map<number, AccountNode>(rows.map((row) => [row.id, { ...row }]));
  const roots: AccountNode[] = [];
  const sorted = [...rows].sort((a, b) => a.code.localeCompare(b.code));
  for (const row of sorted) {
    const node = nodes.get(row.id)!;
    const parent = row.parentId === null ? undefined : nodes.get(row.parentId);
    if (parent) (parent.children ??= []).push(node);
    else roots.push(node);
  }
  return roots;
}

export function designationRuleLabel(rule: DesignationRule, kind: FundAccountKind): string {
  if (rule === 'required') return '限定性';
  if (rule === 'forbidden') return '—';
  return kind === 'income' ? '分限定性/非限定性' : '可限定用途';
}

/** The next free code for a 明细科目 under `parent`: its code and two digits (01, 02 …). */
export function nextChildCode(parent: FundAccountRow, rows: readonly FundAccountRow[]): string {
  const taken = new Set(rows.filter((row) => row.parentId === parent.id).map((row) => row.code));
  for (let n = 1; n < 100; n += 1) {
    const code = `${parent.code}${String(n).padStart(2, '0')}`;
    if (!taken.has(code)) return code;
  }
  return `${parent.code}99`;
}
