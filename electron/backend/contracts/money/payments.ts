// 付款: requested by 经办人 against an instalment (numbered 付〔2026〕5号), approved (posted) or returned
// by a second person, and undone by a reversal. Every step goes through the posting core, in the
// contracts ledger, so a closed period refuses it.
import type { ParsedInput } from '../../../../shared/contract';
import {
  refusalOfAction,
  type Payment,
  type PaymentVoucherUse,
} from '../../../../shared/features/contracts/contract';
import { formatYuan } from '../../../../shared/domain/money';
import { recordAudit } from '../../core/audit';
import { inTransaction, nowIso, type ServiceContext } from '../../core/context';
import { conflict, notFound } from '../../core/errors';
import { notePreparer, signApproval } from '../../core/people/separation';
import { nextNumber } from '../../core/posting/numbering';
import { post, reverse } from '../../core/posting/posting';
import { contractsLedger, paymentNumbers, paymentRecord } from '../contract-records';
import {
  instalmentName,
  refuseOverAllowance,
  refusePaymentDate,
  statusForPayment,
} from './payment-allowance';
import { startOnFirstStep } from './performance-start';
import { findContractFacts, type ContractFacts } from '../queries/contract-money';
import {
  decidePayment,
  findNumberedPayment,
  findPayment,
  insertPayment,
  selectPaymentVoucherUses,
  type NumberedPayment,
} from '../queries/payments';

const paymentDate = { label: '付款日期', name: 'date' };

function payableContract(ctx: ServiceContext, contractId: number): ContractFacts {
  const contract = findContractFacts(ctx.db, contractId);
  if (!contract) throw notFound('合同');
  const refusal = refusalOfAction(contract.state, 'pay');
  if (refusal) throw conflict(`付款分期：${refusal}`, 'instalmentSeq');
  return contract;
}

const numberOf = (payment: NumberedPayment) => paymentNumbers.format(payment.paymentYear, payment.paymentSeq);

/** Every audit row of a payment names its contract's number: the contract page finds its log by it. */
function contractNoOf(ctx: ServiceContext, contractId: number): string {
  return findContractFacts(ctx.db, contractId)?.contractNo ?? '';
}

function paymentText(contract: ContractFacts, payment: NumberedPayment, seqLabel: string): string {
  return `${numberOf(payment)}：合同 ${contract.contractNo}「${contract.title}」${seqLabel}${formatYuan(payment.amountFen)} 元，凭证号 ${payment.voucherNo}`;
}

export function requestPayment(
  ctx: ServiceContext,
  input: ParsedInput<'contracts.requestPayment'>,
): Payment & { sameVoucher: PaymentVoucherUse[] } {
  return post(ctx, {
    entity: 'contract_payment',
    action: 'submit',
    period: { ledger: contractsLedger, date: input.date, field: paymentDate },
    write: () => {
      const contract = payableContract(ctx, input.contractId);
      const checked = statusForPayment(ctx, contract, input.instalmentSeq);
      refusePaymentDate(ctx, contract, input.date);
      refuseOverAllowance(contract, checked, input.amountFen);
      const sameVoucher = selectPaymentVoucherUses(ctx.db, input.voucherNo);
      const year = Number(input.date.slice(0, 4));
      const { evaluation } = checked.status;
      const id = insertPayment(ctx.db, {
        ...input,
        paymentYear: year,
        paymentSeq: nextNumber(ctx.db, paymentNumbers, year),
        status: 'requested',
        evaluationId: evaluation?.id ?? null,
        coefficientPercent: evaluation?.coefficientPercent ?? null,
        reversesId: null,
        by: ctx.actor,
        at: nowIso(ctx),
      });
      notePreparer(ctx, paymentRecord(id));
      const created = findNumberedPayment(ctx.db, id)!;
      const reuse = sameVoucher.length > 0 ? `（该凭证号已用于 ${sameVoucher.length} 笔付款）` : '';
      return {
        id,
        summary: `登记付款 ${paymentText(contract, created, instalmentName(checked.status))}${reuse}`,
        after: findPayment(ctx.db, id),
        result: { ...findPayment(ctx.db, id)!, sameVoucher },
      };
    },
  });
}

/** The payment, which must still await its decision. */
function requestedPayment(ctx: ServiceContext, id: number, step: string): NumberedPayment {
  const payment = findNumberedPayment(ctx.db, id);
  if (!payment) throw notFound('付款记录');
  if (payment.status !== 'requested') {
    const decided = payment.status === 'paid' ? '已审核通过' : '已退回';
    throw conflict(`付款记录：${numberOf(payment)} ${decided}，不能再${step}`);
  }
  return payment;
}

export function approvePayment(ctx: ServiceContext, input: ParsedInput<'contracts.approvePayment'>): Payment {
  const pending = findPayment(ctx.db, input.id);
  if (!pending) throw notFound('付款记录');
  return post(ctx, {
    entity: 'contract_payment',
    action: 'approve',
    period: { ledger: contractsLedger, date: pending.date, field: paymentDate },
    write: () => {
      const payment = requestedPayment(ctx, input.id, '审核');
      signApproval(ctx, paymentRecord(payment.id), 'approve', `审核付款 ${numberOf(payment)}`);
      const contract = payableContract(ctx, payment.contractId);
      const checked = statusForPayment(ctx, contract, payment.instalmentSeq, payment.id);
      refuseOverAllowance(contract, checked, payment.amountFen);
      const before = findPayment(ctx.db, payment.id);
      decidePayment(ctx.db, payment.id, { status: 'paid', by: ctx.actor, at: nowIso(ctx), reason: null });
      startOnFirstStep(ctx, contract, payment.date);
      const after = findPayment(ctx.db, payment.id)!;
      return {
        id: payment.id,
        summary: `审核通过付款 ${paymentText(contract, payment, instalmentName(checked.status))}`,
        before,
        after,
        result: after,
      };
    },
  });
}

export function rejectPayment(ctx: ServiceContext, input: ParsedInput<'contracts.rejectPayment'>): Payment {
  return inTransaction(ctx, () => {
    const payment = requestedPayment(ctx, input.id, '退回');
    const before = findPayment(ctx.db, payment.id)!;
    decidePayment(ctx.db, payment.id, {
      status: 'rejected',
      by: ctx.actor,
      at: nowIso(ctx),
      reason: input.reason,
    });
    const after = findPayment(ctx.db, payment.id)!;
    recordAudit(ctx, {
      action: 'reject',
      entity: 'contract_payment',
      entityId: payment.id,
      summary: `退回付款 ${numberOf(payment)}（合同 ${contractNoOf(ctx, payment.contractId)}，${formatYuan(payment.amountFen)} 元），理由：${input.reason}`,
      before,
      after,
    });
    return after;
  });
}

export function reversePayment(ctx: ServiceContext, input: ParsedInput<'contracts.reversePayment'>): Payment {
  return reverse(ctx, {
    entity: 'contract_payment',
    ledger: contractsLedger,
    names: { record: '付款记录', originalDate: '原付款日期' },
    originalId: input.id,
    find: (id) => findPayment(ctx.db, id),
    date: input.date,
    field: { label: '冲销日期', name: 'date' },
    write: (original) => {
      const numbered = findNumberedPayment(ctx.db, original.id)!;
      if (original.status !== 'paid')
        throw conflict(
          `付款记录：${numberOf(numbered)} ${original.status === 'requested' ? '尚未审核通过，待审核的付款由审核人退回，不需冲销' : '已退回，不需冲销'}`,
        );
      const year = Number(input.date.slice(0, 4));
      const id = insertPayment(ctx.db, {
        contractId: original.contractId,
        instalmentSeq: original.instalmentSeq,
        paymentYear: year,
        paymentSeq: nextNumber(ctx.db, paymentNumbers, year),
        date: input.date,
        amountFen: -original.amountFen,
        voucherNo: input.voucherNo,
        note: `冲销 ${numberOf(numbered)}：${input.reason}`,
        status: 'paid',
        evaluationId: null,
        coefficientPercent: null,
        reversesId: original.id,
        by: ctx.actor,
        at: nowIso(ctx),
      });
      notePreparer(ctx, paymentRecord(id));
      const reversal = findPayment(ctx.db, id)!;
      return {
        id,
        summary: `冲销付款 ${numberOf(numbered)}（合同 ${contractNoOf(ctx, original.contractId)}，${formatYuan(original.amountFen)} 元），凭证号 ${input.voucherNo}，理由：${input.reason}`,
        after: reversal,
        result: reversal,
      };
    },
  });
}

/** The payments that already carry a voucher number, for the form's warning before 付款. */
export function listPaymentVoucherUses(
  ctx: ServiceContext,
  input: ParsedInput<'contracts.voucherUses'>,
): PaymentVoucherUse[] {
  return selectPaymentVoucherUses(ctx.db, input.voucherNo);
}
