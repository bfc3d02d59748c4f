// What a disbursement may not do: pay beyond what remains on its line. The Node side refuses it; the form
// says the same words before the clerk is asked to confirm.
import { formatYuan } from '../../domain/money';

export interface LineBalance {
  allocatedFen: number;
  disbursedFen: number;
  remainingFen: number;
}

/** The refusal of paying `amountFen` against the line, or null when it fits what remains. */
export function overDisbursementMessage(
  lineName: string,
  line: LineBalance,
  amountFen: number,
): string | null {
  if (amountFen <= line.remainingFen) return null;
  return `拨付金额：超出可拨付余额。${lineName}应拨 ${formatYuan(line.allocatedFen)} 元，已拨付 ${formatYuan(line.disbursedFen)} 元，尚可拨付 ${formatYuan(line.remainingFen)} 元，本次 ${formatYuan(amountFen)} 元`;
}
