// What a payment may be: dated inside the contract's term (from its signing to the end of the term's last
// year, never ahead of today), and no more than its instalment still allows — nothing on a gated
// instalment before its evaluation, then its amount × the grade's coefficient — nor, once terminated, than
// the settlement. Checked at the request and again at the approval, since an evaluation or an amendment
// in between may have changed what is allowed.
import {
  evaluationKindLabels,
  scoreText,
  type InstalmentStatus,
  type Payment,
} from '../../../../shared/features/contracts/contract';
import { formatYuan } from '../../../../shared/domain/money';
import type { ServiceContext } from '../../core/context';
import { AppError, conflict } from '../../core/errors';
import { today } from '../../core/posting/posting-dates';
import { instalmentStatus } from './instalment-status';
import type { ContractFacts } from '../queries/contract-money';
import { selectContractEvaluations } from '../queries/evaluations';
import { selectContractPayments } from '../queries/payments';

export function instalmentName(status: { seq: number; label: string }): string {
  return `第 ${status.seq} 期（${status.label}）`;
}

/** From the signing to the later of the end date and 31 December of the end date's year, up to today. */
export function refusePaymentDate(ctx: ServiceContext, contract: ContractFacts, date: string): void {
  const from = contract.signedDate!;
  const yearEnd = `${contract.endDate.slice(0, 4)}-12-31`;
  const termEnd = contract.endDate > yearEnd ? contract.endDate : yearEnd;
  const latest = today(ctx);
  const to = termEnd < latest ? termEnd : latest;
  if (date >= from && date <= to) return;
  throw new AppError(
    'invalid_input',
    `付款日期：应在 ${from} 至 ${to} 之间（不早于合同签订日期，不晚于今天，且在合同期限所在年度内）`,
    'date',
  );
}

/**
 * The instalment's status as the payment sees it: `excludeId` leaves out the payment being approved, whose
 * own pending amount is what is being checked.
 */
export function statusForPayment(
  ctx: ServiceContext,
  contract: ContractFacts,
  seq: number,
  excludeId: number | null = null,
): { status: InstalmentStatus; payments: Payment[] } {
  const instalment = contract.instalments.find((item) => item.seq === seq);
  if (!instalment) throw conflict(`付款分期：合同没有第 ${seq} 期`, 'instalmentSeq');
  const payments = selectContractPayments(ctx.db, contract.id).filter((payment) => payment.id !== excludeId);
  const evaluations = selectContractEvaluations(ctx.db, contract.id);
  return { status: instalmentStatus(instalment, evaluations, payments), payments };
}

export function refuseOverAllowance(
  contract: ContractFacts,
  checked: { status: InstalmentStatus; payments: Payment[] },
  amountFen: number,
): void {
  const { status } = checked;
  refuseUngated(status);
  if (amountFen > status.remainingFen) {
    throw conflict(
      `付款金额：${instalmentName(status)}可付 ${allowedText(status)}，已付 ${formatYuan(status.paidFen)} 元，待审核 ${formatYuan(status.pendingFen)} 元，本次最多还可付 ${formatYuan(status.remainingFen)} 元`,
      'amountFen',
    );
  }
  refuseOverSettlement(contract, checked.payments, amountFen);
}

/** A gated instalment pays nothing before its evaluation, nor after one whose grade pays 0 %. */
function refuseUngated(status: InstalmentStatus): void {
  if (status.gate === 'none') return;
  const kind = evaluationKindLabels[status.gate];
  const gate = `付款分期：${instalmentName(status)}须${kind}合格后支付`;
  if (!status.evaluation) throw conflict(`${gate}，尚未进行${kind}`, 'instalmentSeq');
  const { totalTenths, coefficientPercent } = status.evaluation;
  if (coefficientPercent === 0)
    throw conflict(
      `${gate}，最近一次评价 ${scoreText(totalTenths)}，按付款比例 ${coefficientPercent}% 不能付款`,
      'instalmentSeq',
    );
}

/** 38,400.00 元（48,000.00 元 × 80%） */
function allowedText(status: InstalmentStatus): string {
  const allowed = `${formatYuan(status.allowedFen)} 元`;
  if (!status.evaluation) return allowed;
  return `${allowed}（${formatYuan(status.amountFen)} 元 × ${status.evaluation.coefficientPercent}%）`;
}

/** A terminated contract pays its settlement (终止结算), no more, over all its instalments. */
function refuseOverSettlement(
  contract: ContractFacts,
  payments: readonly Payment[],
  amountFen: number,
): void {
  if (contract.settlementFen === null) return;
  const sum = (status: Payment['status']) =>
    payments.filter((p) => p.status === status).reduce((total, p) => total + p.amountFen, 0);
  const paid = sum('paid');
  const pending = sum('requested');
  if (paid + pending + amountFen <= contract.settlementFen) return;
  throw conflict(
    `付款金额：合同已终止，终止结算金额 ${formatYuan(contract.settlementFen)} 元，已付 ${formatYuan(paid)} 元，待审核 ${formatYuan(pending)} 元，本次最多还可付 ${formatYuan(Math.max(0, contract.settlementFen - paid - pending))} 元`,
    'amountFen',
  );
}
