// A red reversal (红字冲销) of a posted voucher, prepared and submitted by 经办人 for a 审核人 to post; system
// vouchers (release, 结转, lift) are refused with what to do instead, and so is a payment of a closed welfare
// project (its closing recorded what was paid).
import type { ParsedInput } from '../../../../shared/contract';
import type { VoucherDetail } from '../../../../shared/features/fund/books/contract';
import { recordAudit } from '../../core/audit';
import { inTransaction, nowIso, type ServiceContext } from '../../core/context';
import { conflict } from '../../core/errors';
import { notePreparer } from '../../core/people/separation';
import { refuseClosedPeriod } from '../../core/posting/periods';
import { assertPostingDate, today } from '../../core/posting/posting-dates';
import { fundLedger, voucherRecord } from '../fund-records';
import { refuseReversingSettledPayment, refuseUndoingClosingVoucher } from '../projects/settled-payments';
import { existingVoucher, voucherDetailOf, voucherHeader, voucherName } from './voucher-records';

export function reverseVoucher(
  ctx: ServiceContext,
  input: ParsedInput<'fund.reverseVoucher'>,
): VoucherDetail {
  const id = inTransaction(ctx, () => {
    const original = existingVoucher(ctx.db, input.id);
    const name = voucherName(original);
    if (original.state !== 'posted')
      throw conflict(`记账凭证 ${name} 尚未记账，不能冲销；未记账的凭证可退回或删除`);
    if (original.kind === 'reversal') throw conflict(`记账凭证 ${name} 是冲销凭证，不能再冲销`);
    if (original.kind === 'release') {
      const source = original.sourceId === null ? null : existingVoucher(ctx.db, original.sourceId);
      throw conflict(
        `记账凭证 ${name} 是自动生成的限定性净资产解除凭证，请冲销它的来源凭证${source ? ` ${voucherName(source)}` : ''}`,
      );
    }
    if (original.kind === 'year_end') throw conflict(`记账凭证 ${name} 是年末结转凭证，不能冲销（请反结账）`);
    if (original.kind === 'lift') throw conflict(`记账凭证 ${name} 是解除限制凭证，解除限制后不能撤销`);
    if (original.reversedById !== null) throw conflict(`记账凭证 ${name} 已经冲销过`);
    refuseReversingSettledPayment(ctx.db, original.id, name);
    refuseUndoingClosingVoucher(ctx.db, original.id, name, '冲销');
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
  return voucherDetailOf(ctx.db, id);
}
