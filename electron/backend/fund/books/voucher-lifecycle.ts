// A voucher's life: drafted (or returned) by 经办人, submitted, posted by a 审核人 who did not prepare it
// (the number drawn then, the lines copied, the release of designated spending written with it), and
// corrected only by a red reversal, itself submitted and posted.
import type { ParsedInput } from '../../../../shared/contract';
import type { VoucherDetail } from '../../../../shared/features/fund/books/contract';
import { formatYuan } from '../../../../shared/domain/money';
import { recordAudit } from '../../core/audit';
import { inTransaction, nowIso, type ServiceContext } from '../../core/context';
import type { Db } from '../../core/db/connection';
import { AppError, conflict, notFound } from '../../core/errors';
import { forgetPreparers, notePreparer, signApproval } from '../../core/people/separation';
import { nextNumber } from '../../core/posting/numbering';
import { refuseClosedPeriod } from '../../core/posting/periods';
import { post } from '../../core/posting/posting';
import { assertPostingDate, today } from '../../core/posting/posting-dates';
import { fundLedger, voucherNumber, voucherNumbers, voucherRecord } from '../fund-records';
import { designationBalances } from './designation-balance';
import { refuseLift } from './designations';
import { selectVoucherDetail } from './voucher-queries';
import {
  accountById,
  createDraft,
  draftLinesOf,
  insertPostedLines,
  insertPostedVoucher,
  postableAccount,
  postedLinesOf,
  refuseDraftLines,
  refuseVoucherDate,
  replaceDraft,
  voucherHeader,
  voucherName,
  type DraftVoucher,
  type PostedLine,
  type VoucherHeader,
} from './voucher-store';

const voucherDateField = { label: '凭证日期', name: 'date' };

function detail(db: Db, id: number): VoucherDetail {
  return selectVoucherDetail(db, id)!;
}

function manualDraft(input: ParsedInput<'fund.createVoucher'>): DraftVoucher {
  return {
    kind: input.kind,
    date: input.date,
    summary: input.summary,
    attachments: input.attachments,
    hostReference: input.hostReference,
    counterparty: input.counterparty,
    providerId: null,
    donationId: null,
    designationId: null,
    liftConsent: '',
    supplementsId: input.kind === 'supplementary' ? input.supplementsId : null,
    lines: input.lines,
  };
}

export function createVoucher(ctx: ServiceContext, input: ParsedInput<'fund.createVoucher'>): VoucherDetail {
  return detail(ctx.db, createDraft(ctx, manualDraft(input)));
}

function existing(db: Db, id: number): VoucherHeader {
  const header = voucherHeader(db, id);
  if (!header) throw notFound('记账凭证');
  return header;
}

const manualKinds: readonly string[] = ['general', 'opening', 'supplementary'];

export function updateVoucher(ctx: ServiceContext, input: ParsedInput<'fund.updateVoucher'>): VoucherDetail {
  const header = existing(ctx.db, input.id);
  if (!manualKinds.includes(header.kind))
    throw conflict(`记账凭证 ${voucherName(header)}：这类凭证请在它的业务页面（捐赠、支出等）修改`);
  replaceDraft(ctx, input.id, manualDraft(input));
  return detail(ctx.db, input.id);
}

export function discardVoucher(
  ctx: ServiceContext,
  input: ParsedInput<'fund.discardVoucher'>,
): { id: number } {
  return inTransaction(ctx, () => {
    const header = existing(ctx.db, input.id);
    if (header.state !== 'draft')
      throw conflict(
        `记账凭证 ${voucherName(header)}：只有草稿可以删除（${header.state === 'posted' ? '已记账的凭证请冲销' : '待审核的凭证请先退回'}）`,
      );
    const lines = draftLinesOf(ctx.db, input.id);
    ctx.db.prepare('DELETE FROM fund_draft_line WHERE voucher_id = ?').run(input.id);
    ctx.db.prepare('DELETE FROM fund_voucher WHERE id = ?').run(input.id);
    forgetPreparers(ctx, voucherRecord(input.id));
    recordAudit(ctx, {
      action: 'delete',
      entity: 'fund_voucher',
      entityId: input.id,
      summary: `删除凭证草稿 #${input.id}：${header.date}「${header.summary}」`,
      before: { ...header, lines },
    });
    return { id: input.id };
  });
}

/** draft → submitted, the lines checked again; notes the preparer. Inside the caller's transaction. */
export function submitVoucherRecord(ctx: ServiceContext, id: number, note = ''): void {
  inTransaction(ctx, () => {
    const header = existing(ctx.db, id);
    if (header.state !== 'draft')
      throw conflict(
        `记账凭证 ${voucherName(header)} ${header.state === 'posted' ? '已记账' : '已提交审核'}，不能再提交`,
      );
    if (header.kind !== 'reversal') {
      refuseVoucherDate(ctx, header.date, header.kind);
      refuseDraftLines(ctx.db, draftLinesOf(ctx.db, id), header.date);
    }
    ctx.db
      .prepare(`UPDATE fund_voucher SET state = 'submitted', submitted_at = ? WHERE id = ?`)
      .run(nowIso(ctx), id);
    notePreparer(ctx, voucherRecord(id));
    recordAudit(ctx, {
      action: 'submit',
      entity: 'fund_voucher',
      entityId: id,
      summary: `提交审核记账凭证 #${id}：${header.date}「${header.summary}」${note}`,
      before: header,
      after: voucherHeader(ctx.db, id),
    });
  });
}

export function submitVoucher(ctx: ServiceContext, input: ParsedInput<'fund.submitVoucher'>): VoucherDetail {
  submitVoucherRecord(ctx, input.id);
  return detail(ctx.db, input.id);
}

export function rejectVoucher(ctx: ServiceContext, input: ParsedInput<'fund.rejectVoucher'>): VoucherDetail {
  inTransaction(ctx, () => {
    const header = existing(ctx.db, input.id);
    if (header.state !== 'submitted')
      throw conflict(
        `记账凭证 ${voucherName(header)} ${header.state === 'posted' ? '已记账' : '还是草稿'}，不能退回`,
      );
    ctx.db
      .prepare(`UPDATE fund_voucher SET state = 'draft', submitted_at = NULL, reject_reason = ? WHERE id = ?`)
      .run(input.reason, input.id);
    recordAudit(ctx, {
      action: 'reject',
      entity: 'fund_voucher',
      entityId: input.id,
      summary: `退回记账凭证 #${input.id}：${header.date}「${header.summary}」，理由：${input.reason}`,
      before: header,
      after: voucherHeader(ctx.db, input.id),
    });
  });
  return detail(ctx.db, input.id);
}

const negate = (line: PostedLine): PostedLine => ({
  ...line,
  debitFen: -line.debitFen,
  creditFen: -line.creditFen,
});

/** Per designation, the net designated spending (expense debit − credit) of the lines. */
function designatedSpending(db: Db, lines: readonly PostedLine[]): Map<number, number> {
  const spending = new Map<number, number>();
  for (const line of lines) {
    if (line.designationId === null) continue;
    if (accountById(db, line.accountId)?.kind !== 'expense') continue;
    spending.set(
      line.designationId,
      (spending.get(line.designationId) ?? 0) + line.debitFen - line.creditFen,
    );
  }
  return spending;
}

/** The release (限定性净资产转为非限定性净资产) of designated spending: Dr 3102 / Cr 3101 per designation. */
function releaseLines(db: Db, lines: readonly PostedLine[]): PostedLine[] {
  const spending = [...designatedSpending(db, lines)].filter(([, amount]) => amount !== 0);
  if (spending.length === 0) return [];
  const restricted = postableAccount(db, '3102');
  const unrestricted = postableAccount(db, '3101');
  const names = new Map(
    designationBalances(
      db,
      spending.map(([id]) => id),
    ).map((row) => [row.designationId, row.name]),
  );
  return spending.flatMap(([designationId, amount]) => {
    const summary = `${names.get(designationId) ?? ''}：限定性净资产转为非限定性净资产`;
    const out = amount > 0 ? { debitFen: amount, creditFen: 0 } : { debitFen: 0, creditFen: -amount };
    const back = { debitFen: out.creditFen, creditFen: out.debitFen };
    return [
      { accountId: restricted.id, designationId, summary, ...out },
      { accountId: unrestricted.id, designationId: null, summary, ...back },
    ];
  });
}

/** What the lines change each designation's available by (income and net assets: credit − debit). */
function availabilityChange(db: Db, lines: readonly PostedLine[]): Map<number, number> {
  const change = new Map<number, number>();
  for (const line of lines) {
    if (line.designationId === null) continue;
    const kind = accountById(db, line.accountId)?.kind;
    if (kind !== 'income' && kind !== 'net_assets') continue;
    change.set(line.designationId, (change.get(line.designationId) ?? 0) + line.creditFen - line.debitFen);
  }
  return change;
}

/** Never below zero: refused naming received, used and available. */
function refuseOverspending(db: Db, lines: readonly PostedLine[]): void {
  const change = [...availabilityChange(db, lines)].filter(([, amount]) => amount < 0);
  if (change.length === 0) return;
  const balances = new Map(
    designationBalances(
      db,
      change.map(([id]) => id),
    ).map((row) => [row.designationId, row]),
  );
  for (const [designationId, amount] of change) {
    const balance = balances.get(designationId)!;
    if (balance.availableFen + amount >= 0) continue;
    throw conflict(
      `限定用途「${balance.name}」余额不足：已收到 ${formatYuan(balance.receivedFen)} 元，已使用 ${formatYuan(balance.usedFen)} 元，可用 ${formatYuan(balance.availableFen)} 元，本凭证需要 ${formatYuan(-amount)} 元`,
      'lines',
    );
  }
}

/** The lines the posting writes: the draft's, or for a reversal the original's negated. */
function linesToPost(ctx: ServiceContext, voucher: VoucherHeader): PostedLine[] {
  if (voucher.kind !== 'reversal') {
    const lines = draftLinesOf(ctx.db, voucher.id);
    refuseVoucherDate(ctx, voucher.date, voucher.kind);
    refuseDraftLines(ctx.db, lines, voucher.date);
    return lines;
  }
  const original = existing(ctx.db, voucher.reversesId!);
  if (original.reversedById !== null) throw conflict(`${voucherName(original)} 已经冲销过`);
  return postedLinesOf(ctx.db, original.id).map(negate);
}

function setPosted(ctx: ServiceContext, voucher: VoucherHeader, lines: readonly PostedLine[]): string {
  const period = voucher.date.slice(0, 7);
  const seq = nextNumber(ctx.db, voucherNumbers, period);
  ctx.db
    .prepare(
      `UPDATE fund_voucher SET state = 'posted', period = ?, seq = ?, posted_at = ?, posted_by = ? WHERE id = ?`,
    )
    .run(period, seq, nowIso(ctx), ctx.actor, voucher.id);
  ctx.db.prepare('DELETE FROM fund_draft_line WHERE voucher_id = ?').run(voucher.id);
  insertPostedLines(ctx.db, voucher.id, voucher.date, lines);
  return voucherNumber(period, seq);
}

export function postVoucher(ctx: ServiceContext, input: ParsedInput<'fund.postVoucher'>): VoucherDetail {
  const pending = existing(ctx.db, input.id);
  post(ctx, {
    entity: 'fund_voucher',
    period: { ledger: fundLedger, date: pending.date, field: voucherDateField },
    write: () => {
      const voucher = existing(ctx.db, input.id);
      if (voucher.state !== 'submitted')
        throw conflict(
          `记账凭证 ${voucherName(voucher)} ${voucher.state === 'posted' ? '已记账' : '还是草稿，须先提交审核'}`,
        );
      signApproval(ctx, voucherRecord(voucher.id), 'review', `审核记账凭证 #${voucher.id}`);
      const lines = linesToPost(ctx, voucher);
      if (voucher.kind === 'lift') {
        const designation = refuseLift(ctx.db, voucher.designationId!, voucher.id);
        const amount = lines.find((line) => line.designationId === designation.id)?.debitFen ?? 0;
        if (amount !== designation.availableFen)
          throw conflict(
            `限定用途「${designation.name}」可用余额已变化（现为 ${formatYuan(designation.availableFen)} 元，凭证为 ${formatYuan(amount)} 元），请重新办理`,
          );
      }
      const original = voucher.kind === 'reversal' ? existing(ctx.db, voucher.reversesId!) : null;
      const release = original
        ? (ctx.db.prepare('SELECT id FROM fund_voucher WHERE source_id = ?').get(original.id) as
            { id: number } | undefined)
        : undefined;
      const followLines = original
        ? release
          ? postedLinesOf(ctx.db, release.id).map(negate)
          : []
        : releaseLines(ctx.db, lines);
      refuseOverspending(ctx.db, [...lines, ...followLines]);
      const number = setPosted(ctx, voucher, lines);
      if (voucher.kind === 'lift')
        ctx.db
          .prepare('UPDATE fund_designation SET lifted_voucher_id = ?, lift_consent = ? WHERE id = ?')
          .run(voucher.id, voucher.liftConsent, voucher.designationId);
      if (original) {
        ctx.db
          .prepare('UPDATE fund_voucher SET reversed_by_id = ? WHERE id = ?')
          .run(voucher.id, original.id);
        if (release) {
          const releaseHeader = existing(ctx.db, release.id);
          const redId = insertPostedVoucher(
            ctx,
            {
              kind: 'reversal',
              date: voucher.date,
              summary: `冲销 ${voucherName(releaseHeader)}：随 ${voucherName(original)} 的冲销（${number}）`,
              reversesId: release.id,
            },
            followLines,
          );
          ctx.db.prepare('UPDATE fund_voucher SET reversed_by_id = ? WHERE id = ?').run(redId, release.id);
        }
      } else if (followLines.length > 0) {
        insertPostedVoucher(
          ctx,
          {
            kind: 'release',
            date: voucher.date,
            summary: `限定性净资产转为非限定性净资产（${number}）`,
            sourceId: voucher.id,
          },
          followLines,
        );
      }
      const after = detail(ctx.db, voucher.id);
      return {
        id: voucher.id,
        summary: `审核记账 ${number}：${voucher.date}「${voucher.summary}」，借贷各 ${formatYuan(after.debitTotalFen)} 元`,
        before: voucher,
        after,
        result: after,
      };
    },
  });
  return detail(ctx.db, input.id);
}

export function reverseVoucher(
  ctx: ServiceContext,
  input: ParsedInput<'fund.reverseVoucher'>,
): VoucherDetail {
  const id = inTransaction(ctx, () => {
    const original = existing(ctx.db, input.id);
    const name = voucherName(original);
    if (original.state !== 'posted')
      throw conflict(`记账凭证 ${name} 尚未记账，不能冲销；未记账的凭证可退回或删除`);
    if (original.kind === 'reversal') throw conflict(`记账凭证 ${name} 是冲销凭证，不能再冲销`);
    if (original.kind === 'release') {
      const source = original.sourceId === null ? null : existing(ctx.db, original.sourceId);
      throw conflict(
        `记账凭证 ${name} 是自动生成的限定性净资产解除凭证，请冲销它的来源凭证${source ? ` ${voucherName(source)}` : ''}`,
      );
    }
    if (original.kind === 'year_end') throw conflict(`记账凭证 ${name} 是年末结转凭证，不能冲销（请反结账）`);
    if (original.kind === 'lift') throw conflict(`记账凭证 ${name} 是解除限制凭证，解除限制后不能撤销`);
    if (original.reversedById !== null) throw conflict(`记账凭证 ${name} 已经冲销过`);
    const pendingReversal = ctx.db
      .prepare('SELECT id FROM fund_voucher WHERE reverses_id = ?')
      .get(original.id);
    if (pendingReversal) throw conflict(`记账凭证 ${name} 已有待审核的冲销凭证`);
    assertPostingDate(
      input.date,
      { from: original.date, to: today(ctx) },
      {
        label: '冲销日期',
        name: 'date',
        earliest: `原凭证日期 ${original.date}`,
      },
    );
    refuseClosedPeriod(ctx.db, fundLedger, input.date, { label: '冲销日期', name: 'date' });
    const now = nowIso(ctx);
    const { lastInsertRowid } = ctx.db
      .prepare(
        `INSERT INTO fund_voucher (kind, state, voucher_date, summary, reverses_id, donation_id, created_at,
           created_by, submitted_at) VALUES ('reversal', 'submitted', ?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(
        input.date,
        `冲销 ${name}：${input.reason}`,
        original.id,
        original.donationId,
        now,
        ctx.actor,
        now,
      );
    const reversalId = Number(lastInsertRowid);
    notePreparer(ctx, voucherRecord(reversalId));
    recordAudit(ctx, {
      action: 'reverse',
      entity: 'fund_voucher',
      entityId: reversalId,
      summary: `提交冲销凭证 #${reversalId}：冲销 ${name}（${original.date}「${original.summary}」），理由：${input.reason}`,
      before: original,
      after: voucherHeader(ctx.db, reversalId),
    });
    return reversalId;
  });
  return detail(ctx.db, id);
}

export function voucherOrRefuse(ctx: ServiceContext, id: number): VoucherDetail {
  const found = selectVoucherDetail(ctx.db, id);
  if (!found) throw new AppError('not_found', '记账凭证不存在或已被删除');
  return found;
}
