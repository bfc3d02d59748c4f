// The checksum a close keeps of its month's posted vouchers, so that `cli check` can tell a later change.
import { createHash } from 'node:crypto';
import type { Db } from '../../core/db/connection';

/**
 * The canonical text of a month's posted vouchers and lines the close's checksum is taken of: per voucher
 * (by id) its id, number, date and kind, then each line's account code, designation, debit and credit.
 * `monthExpr` is the SQL of the 'YYYY-MM' month (a parameter, or a column for `cli check`).
 */
export function canonicalTextSql(monthExpr: string): string {
  return `(SELECT coalesce(group_concat(text, char(10) ORDER BY id), '') FROM (
    SELECT v.id, v.id || '|' || v.period || '-' || v.seq || '|' || v.voucher_date || '|' || v.kind || '|'
      || coalesce((SELECT group_concat(a.code || ',' || coalesce(l.designation_id, '') || ',' || l.debit_fen
           || ',' || l.credit_fen, ';' ORDER BY l.line_no)
         FROM fund_voucher_line l JOIN fund_account a ON a.id = l.account_id WHERE l.voucher_id = v.id), '')
      AS text
    FROM fund_voucher v WHERE v.state = 'posted' AND v.period = ${monthExpr}))`;
}

export function sha256Hex(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

export function monthChecksum(db: Db, month: string): string {
  const row = db.prepare(`SELECT ${canonicalTextSql('@month')} AS text`).get({ month }) as { text: string };
  return sha256Hex(row.text);
}
