// What a voucher must satisfy before it is stored or posted: its date (opening date, today, an open
// month), balanced lines on active leaf accounts, and each designation's rules.
import { formatYuan } from '../../../../shared/domain/money';
import type { ServiceContext } from '../../core/context';
import type { Db } from '../../core/db/connection';
import { AppError, conflict } from '../../core/errors';
import { refuseClosedPeriod } from '../../core/posting/periods';
import { today } from '../../core/posting/posting-dates';
import { fundLedger } from '../fund-records';
import { accountById, type FundAccount } from './fund-accounts';
import type { DraftLine, PostedLine, VoucherKind } from './voucher-types';

export interface DesignationFacts {
  id: number;
  name: string;
  restrictionKind: 'use' | 'time';
  usableFrom: string | null;
  liftedVoucherId: number | null;
}

export function designationFacts(db: Db, id: number): DesignationFacts | undefined {
  return db
    .prepare(
      `SELECT id, name, restriction_kind AS restrictionKind, usable_from AS usableFrom,
         lifted_voucher_id AS liftedVoucherId FROM fund_designation WHERE id = ?`,
    )
    .get(id) as DesignationFacts | undefined;
}

export function openingDate(db: Db): string | null {
  const row = db.prepare('SELECT opening_date AS openingDate FROM fund_settings WHERE id = 1').get() as
    { openingDate: string } | undefined;
  return row?.openingDate ?? null;
}

export const voucherDateField = { label: '凭证日期', name: 'date' };

/** Refuses a voucher date before the opening date, after today, or in a closed month. */
export function refuseVoucherDate(ctx: ServiceContext, date: string, kind: VoucherKind): void {
  const opening = openingDate(ctx.db);
  if (opening === null) throw conflict('请先由管理员保存基金设置（含建账日期），再编制凭证');
  if (kind === 'opening' && date !== opening)
    throw new AppError('invalid_input', `凭证日期：期初凭证应以建账日期 ${opening} 为日期`, 'date');
  if (date < opening) throw new AppError('invalid_input', `凭证日期：不能早于建账日期 ${opening}`, 'date');
  const now = today(ctx);
  if (date > now) throw new AppError('invalid_input', `凭证日期：不能晚于今天 ${now}`, 'date');
  refuseClosedPeriod(ctx.db, fundLedger, date, voucherDateField);
}

export function sideTotal(lines: readonly PostedLine[], side: 'debitFen' | 'creditFen'): number {
  return lines.reduce((total, line) => total + line[side], 0);
}

/** 借贷不平 names both totals and the difference. */
export function refuseUnbalanced(lines: readonly PostedLine[]): void {
  const debit = sideTotal(lines, 'debitFen');
  const credit = sideTotal(lines, 'creditFen');
  if (debit === credit) return;
  throw new AppError(
    'invalid_input',
    `借贷不平：借方合计 ${formatYuan(debit)} 元，贷方合计 ${formatYuan(credit)} 元，相差 ${formatYuan(Math.abs(debit - credit))} 元`,
    'lines',
  );
}

/** Refuses a designated line the designation cannot take on this date (lifted; time-restricted). */
export function refuseDesignationUse(
  db: Db,
  line: PostedLine,
  account: FundAccount,
  date: string,
  n: number,
): void {
  if (line.designationId === null) return;
  const designation = designationFacts(db, line.designationId);
  if (!designation) throw new AppError('not_found', `第 ${n} 行：限定用途不存在`, 'lines');
  if (designation.liftedVoucherId !== null)
    throw conflict(`第 ${n} 行：限定用途「${designation.name}」已解除限制，不能再记入`, 'lines');
  // Spending is an expense line; a 3102 debit is only a release or a lift, which the restriction allows.
  const spends = account.kind === 'expense';
  if (spends && designation.usableFrom !== null && date < designation.usableFrom)
    throw conflict(
      `第 ${n} 行：限定用途「${designation.name}」限定时间，${designation.usableFrom} 起才能使用（凭证日期 ${date}）`,
      'lines',
    );
}

/** Checks the lines of a draft: two or more, each a positive debit or credit, balanced, postable accounts,
 * designation rules. */
export function refuseDraftLines(db: Db, lines: readonly DraftLine[], date: string): void {
  if (lines.length < 2) throw new AppError('invalid_input', '分录：至少两行', 'lines');
  lines.forEach((line, index) => {
    const n = index + 1;
    const debit = line.debitFen > 0;
    const credit = line.creditFen > 0;
    if (debit === credit || line.debitFen < 0 || line.creditFen < 0)
      throw new AppError('invalid_input', `第 ${n} 行：借方金额与贷方金额须填且只填一个`, 'lines');
    const account = accountById(db, line.accountId);
    if (!account) throw new AppError('not_found', `第 ${n} 行：会计科目不存在`, 'lines');
    const named = `第 ${n} 行：会计科目 ${account.code} ${account.name}`;
    if (!account.active) throw conflict(`${named}已停用`, 'lines');
    if (!account.leaf) throw conflict(`${named}有明细科目，请记入明细科目`, 'lines');
    if (account.designationRule === 'required' && line.designationId === null)
      throw new AppError('invalid_input', `${named}须选择限定用途`, 'lines');
    if (account.designationRule === 'forbidden' && line.designationId !== null)
      throw new AppError('invalid_input', `${named}不核算限定用途，请去掉限定用途`, 'lines');
    refuseDesignationUse(db, line, account, date, n);
  });
  refuseUnbalanced(lines);
}
