// The fund's accounts (会计科目) as the vouchers read them: by id or code, and the leaf a system voucher
// posts to.
import type { Db } from '../../core/db/connection';
import { conflict, notFound } from '../../core/errors';

export interface FundAccount {
  id: number;
  code: string;
  name: string;
  kind: 'asset' | 'liability' | 'net_assets' | 'income' | 'expense';
  normalSide: 'debit' | 'credit';
  designationRule: 'required' | 'optional' | 'forbidden';
  parentId: number | null;
  active: boolean;
  leaf: boolean;
}

const accountColumns = `a.id, a.code, a.name, a.kind, a.normal_side AS normalSide,
  a.designation_rule AS designationRule, a.parent_id AS parentId, a.active,
  NOT EXISTS (SELECT 1 FROM fund_account c WHERE c.parent_id = a.id) AS leaf`;

type AccountRow = Omit<FundAccount, 'active' | 'leaf'> & { active: number; leaf: number };
const toAccount = (row: AccountRow): FundAccount => ({
  ...row,
  active: row.active === 1,
  leaf: row.leaf === 1,
});

export function accountById(db: Db, id: number): FundAccount | undefined {
  const row = db.prepare(`SELECT ${accountColumns} FROM fund_account a WHERE a.id = ?`).get(id) as
    AccountRow | undefined;
  return row && toAccount(row);
}

export function accountByCode(db: Db, code: string): FundAccount {
  const row = db.prepare(`SELECT ${accountColumns} FROM fund_account a WHERE a.code = ?`).get(code) as
    AccountRow | undefined;
  if (!row) throw notFound(`会计科目 ${code}`);
  return toAccount(row);
}

/** The account a system voucher posts to: the standard account, or its first active 明细科目. */
export function postableAccount(db: Db, code: string): FundAccount {
  const account = accountByCode(db, code);
  if (account.leaf) return account;
  const child = db
    .prepare(`SELECT code FROM fund_account WHERE code LIKE ? AND active = 1 ORDER BY code`)
    .all(`${code}%`)
    .map((row) => accountByCode(db, (row as { code: string }).code))
    .find((candidate) => candidate.leaf);
  if (!child) throw conflict(`会计科目 ${code} ${account.name}：没有可记账的明细科目`);
  return child;
}
