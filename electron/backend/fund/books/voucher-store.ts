// The fund's vouchers as the other slices write them: drafts checked and stored with their lines (the
// preparer noted, the change audited), and system vouchers (release, year_end, red reversals) written
// straight to posted with their number drawn in the posting's own transaction.
import { formatYuan } from '../../../../shared/domain/money';
import { recordAudit } from '../../core/audit';
import { inTransaction, nowIso, type ServiceContext } from '../../core/context';
import type { Db } from '../../core/db/connection';
import { AppError, conflict, notFound } from '../../core/errors';
import { notePreparer } from '../../core/people/separation';
import { nextNumber } from '../../core/posting/numbering';
import { refuseClosedPeriod } from '../../core/posting/periods';
import { today } from '../../core/posting/posting-dates';
import { fundLedger, voucherNumber, voucherNumbers, voucherRecord } from '../fund-records';

export type DraftKind =
  | 'general'
  | 'opening'
  | 'donation'
  | 'grant'
  | 'bank_charge'
  | 'interest'
  | 'refund'
  | 'lift'
  | 'supplementary';

export type VoucherKind = DraftKind | 'release' | 'year_end' | 'reversal';

export interface DraftLine {
  accountId: number;
  designationId: number | null;
  summary: string;
  debitFen: number;
  creditFen: number;
}

export interface DraftVoucher {
  kind: DraftKind;
  date: string;
  summary: string;
  attachments: number;
  hostReference: string;
  counterparty: string;
  providerId: number | null;
  donationId: number | null;
  designationId: number | null;
  liftConsent: string;
  supplementsId: number | null;
  lines: DraftLine[];
}

/** A line of a posted voucher: a red (reversing) line carries a negative amount. */
export interface PostedLine {
  accountId: number;
  designationId: number | null;
  summary: string;
  debitFen: number;
  creditFen: number;
}

export interface PostedVoucherHeader {
  kind: 'release' | 'year_end' | 'reversal';
  date: string;
  summary: string;
  sourceId?: number | null;
  reversesId?: number | null;
  designationId?: number | null;
  counterparty?: string;
}

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

const voucherDateField = { label: '凭证日期', name: 'date' };

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

function sum(lines: readonly PostedLine[], side: 'debitFen' | 'creditFen'): number {
  return lines.reduce((total, line) => total + line[side], 0);
}

/** 借贷不平 names both totals and the difference. */
export function refuseUnbalanced(lines: readonly PostedLine[]): void {
  const debit = sum(lines, 'debitFen');
  const credit = sum(lines, 'creditFen');
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

function refuseDraft(ctx: ServiceContext, draft: DraftVoucher): void {
  refuseVoucherDate(ctx, draft.date, draft.kind);
  if (draft.kind === 'opening') {
    const other = ctx.db.prepare(`SELECT id FROM fund_voucher WHERE kind = 'opening'`).get() as
      { id: number } | undefined;
    if (other) throw conflict('凭证类型：已有期初凭证，只能有一张', 'kind');
  }
  if (draft.kind === 'supplementary') {
    const original = draft.supplementsId === null ? undefined : voucherHeader(ctx.db, draft.supplementsId);
    if (!original || original.state !== 'posted')
      throw new AppError('invalid_input', '补充凭证：须补充一张已记账的凭证', 'supplementsId');
  }
  refuseDraftLines(ctx.db, draft.lines, draft.date);
}

export interface VoucherHeader {
  id: number;
  kind: VoucherKind;
  state: 'draft' | 'submitted' | 'posted';
  date: string;
  summary: string;
  period: string | null;
  seq: number | null;
  designationId: number | null;
  liftConsent: string;
  reversesId: number | null;
  reversedById: number | null;
  sourceId: number | null;
  supplementsId: number | null;
  donationId: number | null;
}

export function voucherHeader(db: Db, id: number): VoucherHeader | undefined {
  return db
    .prepare(
      `SELECT id, kind, state, voucher_date AS date, summary, period, seq, designation_id AS designationId,
         lift_consent AS liftConsent, reverses_id AS reversesId, reversed_by_id AS reversedById,
         source_id AS sourceId, supplements_id AS supplementsId, donation_id AS donationId
       FROM fund_voucher WHERE id = ?`,
    )
    .get(id) as VoucherHeader | undefined;
}

/** 记-2026-03-0001 for a posted voucher, 未记账凭证 #12 otherwise. */
export function voucherName(header: Pick<VoucherHeader, 'id' | 'period' | 'seq'>): string {
  return header.period !== null && header.seq !== null
    ? voucherNumber(header.period, header.seq)
    : `未记账凭证 #${header.id}`;
}

export function draftLinesOf(db: Db, voucherId: number): DraftLine[] {
  return db
    .prepare(
      `SELECT account_id AS accountId, designation_id AS designationId, summary, debit_fen AS debitFen,
         credit_fen AS creditFen FROM fund_draft_line WHERE voucher_id = ? ORDER BY line_no`,
    )
    .all(voucherId) as DraftLine[];
}

export function postedLinesOf(db: Db, voucherId: number): PostedLine[] {
  return db
    .prepare(
      `SELECT account_id AS accountId, designation_id AS designationId, summary, debit_fen AS debitFen,
         credit_fen AS creditFen FROM fund_voucher_line WHERE voucher_id = ? ORDER BY line_no`,
    )
    .all(voucherId) as PostedLine[];
}

function insertDraftLines(db: Db, voucherId: number, lines: readonly DraftLine[]): void {
  const insert = db.prepare(
    `INSERT INTO fund_draft_line (voucher_id, line_no, account_id, designation_id, summary, debit_fen, credit_fen)
     VALUES (?, ?, ?, ?, ?, ?, ?)`,
  );
  lines.forEach((line, index) =>
    insert.run(
      voucherId,
      index + 1,
      line.accountId,
      line.designationId,
      line.summary.trim(),
      line.debitFen,
      line.creditFen,
    ),
  );
}

/** Writes the posted lines of a voucher already set to posted (the line trigger needs that first). */
export function insertPostedLines(
  db: Db,
  voucherId: number,
  date: string,
  lines: readonly PostedLine[],
): void {
  const insert = db.prepare(
    `INSERT INTO fund_voucher_line (voucher_id, line_no, account_id, designation_id, summary, debit_fen,
       credit_fen, voucher_date) VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  lines.forEach((line, index) =>
    insert.run(
      voucherId,
      index + 1,
      line.accountId,
      line.designationId,
      line.summary,
      line.debitFen,
      line.creditFen,
      date,
    ),
  );
}

const headerValues = (draft: DraftVoucher) => [
  draft.kind,
  draft.date,
  draft.summary.trim(),
  draft.attachments,
  draft.hostReference.trim(),
  draft.counterparty.trim(),
  draft.providerId,
  draft.donationId,
  draft.designationId,
  draft.liftConsent.trim(),
  draft.supplementsId,
];

function draftSummary(draft: DraftVoucher): string {
  return `${draft.date}「${draft.summary.trim()}」借贷各 ${formatYuan(sum(draft.lines, 'debitFen'))} 元`;
}

/** Validates (balances, accounts postable & active, designation rules) and inserts a draft; notes the preparer; audits. */
export function createDraft(ctx: ServiceContext, draft: DraftVoucher): number {
  return inTransaction(ctx, () => {
    refuseDraft(ctx, draft);
    const now = nowIso(ctx);
    const { lastInsertRowid } = ctx.db
      .prepare(
        `INSERT INTO fund_voucher (kind, voucher_date, summary, attachments, host_reference, counterparty,
           provider_id, donation_id, designation_id, lift_consent, supplements_id, state, created_at, created_by)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'draft', ?, ?)`,
      )
      .run(...headerValues(draft), now, ctx.actor);
    const id = Number(lastInsertRowid);
    insertDraftLines(ctx.db, id, draft.lines);
    notePreparer(ctx, voucherRecord(id));
    recordAudit(ctx, {
      action: 'create',
      entity: 'fund_voucher',
      entityId: id,
      summary: `编制记账凭证 #${id}：${draftSummary(draft)}`,
      after: { ...draft },
    });
    return id;
  });
}

/** Replaces a draft (a returned voucher is a draft again); refused for a submitted or posted voucher. */
export function replaceDraft(ctx: ServiceContext, id: number, draft: DraftVoucher): void {
  inTransaction(ctx, () => {
    const before = voucherHeader(ctx.db, id);
    if (!before) throw notFound('记账凭证');
    if (before.state !== 'draft')
      throw conflict(
        `记账凭证 ${voucherName(before)} ${before.state === 'posted' ? '已记账' : '已提交审核'}，不能修改`,
      );
    if (draft.kind !== before.kind && (draft.kind === 'opening' || before.kind === 'opening'))
      throw new AppError('invalid_input', '凭证类型：期初凭证与其他凭证不能互换', 'kind');
    if (draft.kind === 'opening') {
      const other = ctx.db.prepare(`SELECT id FROM fund_voucher WHERE kind = 'opening' AND id <> ?`).get(id);
      if (other) throw conflict('凭证类型：已有期初凭证，只能有一张', 'kind');
    }
    refuseVoucherDate(ctx, draft.date, draft.kind);
    if (draft.kind === 'supplementary') {
      const original = draft.supplementsId === null ? undefined : voucherHeader(ctx.db, draft.supplementsId);
      if (!original || original.state !== 'posted')
        throw new AppError('invalid_input', '补充凭证：须补充一张已记账的凭证', 'supplementsId');
    }
    refuseDraftLines(ctx.db, draft.lines, draft.date);
    const beforeLines = draftLinesOf(ctx.db, id);
    ctx.db
      .prepare(
        `UPDATE fund_voucher SET kind = ?, voucher_date = ?, summary = ?, attachments = ?, host_reference = ?,
           counterparty = ?, provider_id = ?, donation_id = ?, designation_id = ?, lift_consent = ?,
           supplements_id = ? WHERE id = ?`,
      )
      .run(...headerValues(draft), id);
    ctx.db.prepare('DELETE FROM fund_draft_line WHERE voucher_id = ?').run(id);
    insertDraftLines(ctx.db, id, draft.lines);
    notePreparer(ctx, voucherRecord(id));
    recordAudit(ctx, {
      action: 'update',
      entity: 'fund_voucher',
      entityId: id,
      summary: `修改记账凭证 #${id}：${draftSummary(draft)}`,
      before: { ...before, lines: beforeLines },
      after: { ...draft },
    });
  });
}

/**
 * Writes a voucher straight to posted (system vouchers: 'release', 'year_end', red 'reversal'), drawing its
 * number, and audits it. Refused in a closed month. Runs inside the caller's transaction (or its own).
 */
export function insertPostedVoucher(
  ctx: ServiceContext,
  voucher: PostedVoucherHeader,
  lines: readonly PostedLine[],
): number {
  return inTransaction(ctx, () => {
    refuseClosedPeriod(ctx.db, fundLedger, voucher.date, voucherDateField);
    refuseUnbalanced(lines);
    const period = voucher.date.slice(0, 7);
    const seq = nextNumber(ctx.db, voucherNumbers, period);
    const now = nowIso(ctx);
    const { lastInsertRowid } = ctx.db
      .prepare(
        `INSERT INTO fund_voucher (kind, state, voucher_date, summary, counterparty, designation_id, reverses_id,
           source_id, period, seq, created_at, created_by, submitted_at, posted_at, posted_by)
         VALUES (?, 'posted', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(
        voucher.kind,
        voucher.date,
        voucher.summary,
        voucher.counterparty ?? '',
        voucher.designationId ?? null,
        voucher.reversesId ?? null,
        voucher.sourceId ?? null,
        period,
        seq,
        now,
        ctx.actor,
        now,
        now,
        ctx.actor,
      );
    const id = Number(lastInsertRowid);
    insertPostedLines(ctx.db, id, voucher.date, lines);
    recordAudit(ctx, {
      action: 'post',
      entity: 'fund_voucher',
      entityId: id,
      summary: `记账 ${voucherNumber(period, seq)}：${voucher.summary}，借贷各 ${formatYuan(sum(lines, 'debitFen'))} 元`,
      after: { ...voucher, number: voucherNumber(period, seq), lines },
    });
    return id;
  });
}
