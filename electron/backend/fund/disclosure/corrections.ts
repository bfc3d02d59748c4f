// 更正说明 (《慈善组织信息公开办法》: a correction is published as such): each red reversal named with the
// voucher it corrects, and rows put beside the entry they correct.
import { formatChineseDate } from '../../../../shared/domain/dates';
import { formatYuan } from '../../../../shared/domain/money';
import type { DisclosureCorrection } from '../../../../shared/features/fund/disclosure/outputs';
import { voucherNumber } from '../fund-records';
import type { PublicText } from './public-names';
import type { ReversalRow } from './quarter-queries';

const kindLabels: Record<string, string> = {
  general: '一般收支',
  opening: '期初余额',
  donation: '捐赠收入',
  grant: '资助支出',
  bank_charge: '银行手续费',
  interest: '利息收入',
  refund: '退还捐赠',
  supplementary: '补充凭证',
  // A grant on restricted money releases it in a voucher of its own, reversed with the grant.
  release: '限定性净资产解除限制',
  lift: '解除限制',
};

/** The reversal's summary is 「冲销 记-2026-02-0001：理由」 (voucher-reversal.ts); the reason follows the colon. */
function reasonOf(summary: string): string {
  const colon = summary.indexOf('：');
  return colon < 0 ? summary : summary.slice(colon + 1);
}

export function correctionOf(row: ReversalRow, publicText: PublicText): DisclosureCorrection {
  const reversalNumber = voucherNumber(row.period, row.seq);
  const originalNumber = voucherNumber(row.originalPeriod, row.originalSeq);
  const originalKindLabel = kindLabels[row.originalKind] ?? '记账凭证';
  const reason = publicText(reasonOf(row.summary));
  const text =
    `更正说明：${formatChineseDate(row.date)}以${reversalNumber}红字冲销${formatChineseDate(row.originalDate)}` +
    `的${originalNumber}（${originalKindLabel}${formatYuan(row.originalFen)}元），原因：${reason}。`;
  return {
    reversalVoucherId: row.voucherId,
    reversalNumber,
    reversalDate: row.date,
    originalVoucherId: row.originalId,
    originalNumber,
    originalDate: row.originalDate,
    originalKindLabel,
    amountFen: row.originalFen,
    reason,
    text,
  };
}

/**
 * Rows in date order, each reversal moved to just after the row it corrects when that row is listed too
 * (an original from an earlier quarter is not: its reversal stays at its own date).
 */
export function besideOriginals<T extends { voucherId: number; correction: DisclosureCorrection | null }>(
  rows: T[],
): T[] {
  const listed = new Set(rows.map((row) => row.voucherId));
  const placed = (row: T) => row.correction !== null && listed.has(row.correction.originalVoucherId);
  const out: T[] = [];
  for (const row of rows) {
    if (placed(row)) continue;
    out.push(row);
    out.push(
      ...rows.filter((other) => placed(other) && other.correction!.originalVoucherId === row.voucherId),
    );
  }
  return out;
}
