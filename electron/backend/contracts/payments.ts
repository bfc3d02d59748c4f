// 付款: requested against an instalment, approved (posted) or returned by a second person, reversed.
// OWNER: H2 (skeleton: every function is replaced by its service).
import type { ParsedInput } from '../../../shared/contract';
import type { ServiceContext } from '../core/context';
import type { Payment, PaymentVoucherUse } from '../../../shared/features/contracts/contract';

export function requestPayment(
  _ctx: ServiceContext,
  _input: ParsedInput<'contracts.requestPayment'>,
): Payment & { sameVoucher: PaymentVoucherUse[] } {
  throw new Error('not built yet: contracts.requestPayment');
}

export function approvePayment(
  _ctx: ServiceContext,
  _input: ParsedInput<'contracts.approvePayment'>,
): Payment {
  throw new Error('not built yet: contracts.approvePayment');
}

export function rejectPayment(_ctx: ServiceContext, _input: ParsedInput<'contracts.rejectPayment'>): Payment {
  throw new Error('not built yet: contracts.rejectPayment');
}

export function reversePayment(
  _ctx: ServiceContext,
  _input: ParsedInput<'contracts.reversePayment'>,
): Payment {
  throw new Error('not built yet: contracts.reversePayment');
}

export function listPaymentVoucherUses(
  _ctx: ServiceContext,
  _input: ParsedInput<'contracts.voucherUses'>,
): PaymentVoucherUse[] {
  throw new Error('not built yet: contracts.voucherUses');
}
