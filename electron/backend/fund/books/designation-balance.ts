// What each designation (限定用途) has received, used, released and still has available, from the posted
// lines. A reversal counts as the kind of voucher it reverses, so a red release un-releases.
//   received  = designated income (credit − debit, year_end excluded) + 3102 credits − debits outside
//               release, lift and year_end vouchers (the opening restricted balances)
//   used      = designated expense (debit − credit)
//   released  = 3102 debits − credits on release and lift vouchers; lifted = those on lift vouchers
//   available = received − released
import type { Db } from '../../core/db/connection';

export interface DesignationBalance {
  designationId: number;
  name: string;
  receivedFen: number;
  usedFen: number;
  releasedFen: number;
  liftedFen: number;
  availableFen: number;
}

const balanceSql = `
  WITH lines AS (
    SELECT l.designation_id AS designationId, a.kind AS accountKind, a.designation_rule AS rule,
      coalesce(o.kind, v.kind) AS voucherKind, l.debit_fen AS debit, l.credit_fen AS credit
    FROM fund_voucher_line l
    JOIN fund_voucher v ON v.id = l.voucher_id
    LEFT JOIN fund_voucher o ON o.id = v.reverses_id
    JOIN fund_account a ON a.id = l.account_id
    WHERE l.designation_id IS NOT NULL
  )
  SELECT d.id AS designationId, d.name,
    coalesce(sum(CASE
      WHEN l.accountKind = 'income' AND l.voucherKind <> 'year_end' THEN l.credit - l.debit
      WHEN l.accountKind = 'net_assets' AND l.voucherKind NOT IN ('release', 'lift', 'year_end')
        THEN l.credit - l.debit
      ELSE 0 END), 0) AS receivedFen,
    coalesce(sum(CASE WHEN l.accountKind = 'expense' THEN l.debit - l.credit ELSE 0 END), 0) AS usedFen,
    coalesce(sum(CASE WHEN l.accountKind = 'net_assets' AND l.voucherKind IN ('release', 'lift')
      THEN l.debit - l.credit ELSE 0 END), 0) AS releasedFen,
    coalesce(sum(CASE WHEN l.accountKind = 'net_assets' AND l.voucherKind = 'lift'
      THEN l.debit - l.credit ELSE 0 END), 0) AS liftedFen
  FROM fund_designation d
  LEFT JOIN lines l ON l.designationId = d.id
  %WHERE%
  GROUP BY d.id
  ORDER BY d.id`;

export function designationBalances(db: Db, designationIds?: number[]): DesignationBalance[] {
  const filtered = designationIds !== undefined;
  if (filtered && designationIds.length === 0) return [];
  const where = filtered ? `WHERE d.id IN (${designationIds.map(() => '?').join(', ')})` : '';
  const rows = db.prepare(balanceSql.replace('%WHERE%', where)).all(...(designationIds ?? [])) as Omit<
    DesignationBalance,
    'availableFen'
  >[];
  return rows.map((row) => ({ ...row, availableFen: row.receivedFen - row.releasedFen }));
}

export function designationBalance(db: Db, designationId: number): DesignationBalance | undefined {
  return designationBalances(db, [designationId])[0];
}
