// Posting a voucher (审核记账) by a 审核人 who did not prepare it: the number drawn, the lines copied, the
// release of designated spending written with it; a red reversal takes its original's release with it.
import type { ParsedInput } from '../../../../shared/contract';
import type { VoucherDetail } from '../../../../shared/features/fund/books/contract';
import { formatYuan } from '../../../../shared/domain/money';
import { nowIso, type ServiceContext } from '../../core/context';
import { conflict } from '../../core/errors';
import { signApproval } from '../../core/people/separation';
import { nextNumber } from '../../core/posting/numbering';
import { post } from '../../core/posting/posting';
import { fundLedger, voucherNumber, voucherNumbers, voucherRecord } from '../fund-records';
import { refuseLift } from './designations';
import { negate, refuseOverspending, releaseLines } from './voucher-release';
import {
  draftLinesOf,
  existingVoucher,
  insertPostedLines,
  postedLinesOf,
  voucherDetailOf,
  voucherName,
} from './voucher-records';
import { refuseDraftLines, refuseVoucherDate, voucherDateField } from './voucher-rules';
import { insertPostedVoucher } from './voucher-store';
import type { PostedLine, VoucherHeader } from './voucher-types';

/** The lines the posting writes: the draft's, or for a reversal the original's negated. */
function linesToPost(ctx: ServiceContext, voucher: VoucherHeader): PostedLine[] {
  if (voucher.kind !== 'reversal') {
    const lines = draftLinesOf(ctx.db, voucher.id);
    refuseVoucherDate(ctx, voucher.date, voucher.kind);
    refuseDraftLines(ctx.db, lines, voucher.date);
    return lines;
  }
  const original = existingVoucher(ctx.db, voucher.reversesId!);
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
  const pending = existingVoucher(ctx.db, input.id);
  post(ctx, {
    entity: 'fund_voucher',
    period: { ledger: fundLedger, date: pending.date, field: voucherDateField },
    write: () => {
      const voucher = existingVoucher(ctx.db, input.id);
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
      const original = voucher.kind === 'reversal' ? existingVoucher(ctx.db, voucher.reversesId!) : null;
      const release = original
        ? (ctx.db.prepare('SELECT id FROM fund_voucher WHERE source_id = ?').get(original.id) as
            { id: number } | undefined)
        : undefined;
      const followLines = original
        ? release
          ? postedLinesOf(ctx.db, release.id).map(negate)
          : []
        : releaseLines(ctx.db, lines);
      refuseOverspending(ctx.db, [...lines, ...followLines], voucher.date);
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
          const releaseHeader = existingVoucher(ctx.db, release.id);
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
      const after = voucherDetailOf(ctx.db, voucher.id);
      return {
        id: voucher.id,
        summary: `审核记账 ${number}：${voucher.date}「${voucher.summary}」，借贷各 ${formatYuan(after.debitTotalFen)} 元`,
        before: voucher,
        after,
        result: after,
      };
    },
  });
  return voucherDetailOf(ctx.db, input.id);
}
