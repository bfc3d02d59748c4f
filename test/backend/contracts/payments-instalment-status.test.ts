// What each instalment still allows, as readContract and the documents show it: computed from the
// evaluations and payments recorded through the channels.
import { describe, expect, it } from 'vitest';
import {
  instalmentStatuses,
  selectEvaluations,
  selectPayments,
} from '../../../electron/backend/contracts/money/instalment-status';
import { findContractFacts } from '../../../electron/backend/contracts/queries/contract-money';
import {
  backend,
  evaluate,
  paid,
  paymentRequest,
  signedContract,
  useContractsWorld,
} from './contracts-world';

useContractsWorld();

function statuses(contractId: number) {
  const contract = findContractFacts(backend.db, contractId)!;
  return instalmentStatuses(
    contract.instalments,
    selectEvaluations(backend.db, contractId),
    selectPayments(backend.db, contractId),
  );
}

const figures = (status: ReturnType<typeof statuses>[number]) => ({
  allowed: status.allowedFen,
  paid: status.paidFen,
  pending: status.pendingFen,
  remaining: status.remainingFen,
  payability: status.payability,
});

describe('instalment statuses', () => {
  it('start with the ungated instalment payable and the gated ones awaiting their evaluation', async () => {
    const { contractId } = await signedContract(backend);
    expect(statuses(contractId).map(figures)).toEqual([
      { allowed: 36_000_00, paid: 0, pending: 0, remaining: 36_000_00, payability: 'payable' },
      { allowed: 0, paid: 0, pending: 0, remaining: 0, payability: 'awaiting_evaluation' },
      { allowed: 0, paid: 0, pending: 0, remaining: 0, payability: 'awaiting_evaluation' },
    ]);
  });

  it('count pending and paid amounts, and settle an instalment paid in full', async () => {
    const { contractId } = await signedContract(backend);
    await paid(contractId, { amountFen: 30_000_00 });
    await backend.call('contracts.requestPayment', paymentRequest(contractId, { amountFen: 1_000_00 }));
    expect(figures(statuses(contractId)[0]!)).toEqual({
      allowed: 36_000_00,
      paid: 30_000_00,
      pending: 1_000_00,
      remaining: 5_000_00,
      payability: 'payable',
    });
    await paid(contractId, { amountFen: 5_000_00 });
    expect(figures(statuses(contractId)[0]!)).toMatchObject({ remaining: 0, payability: 'payable' });
    const pending = selectPayments(backend.db, contractId).find((payment) => payment.status === 'requested')!;
    await backend.as('approver').call('contracts.approvePayment', { id: pending.id });
    expect(figures(statuses(contractId)[0]!)).toMatchObject({ paid: 36_000_00, payability: 'settled' });
  });

  it('settle after a pass paid in full, and count a reversal back', async () => {
    const { contractId } = await signedContract(backend);
    const evaluation = await evaluate(contractId, 72);
    const interim = await paid(contractId, { instalmentSeq: 2, date: '2026-08-20', amountFen: 38_400_00 });
    const [, second] = statuses(contractId);
    expect(second!.evaluation).toEqual({
      id: evaluation.id,
      grade: 'fair',
      totalTenths: 720,
      coefficientPercent: 80,
    });
    expect(figures(second!)).toEqual({
      allowed: 38_400_00,
      paid: 38_400_00,
      pending: 0,
      remaining: 0,
      payability: 'settled',
    });
    await backend.call('contracts.reversePayment', {
      id: interim.id,
      date: '2026-08-21',
      voucherNo: '记-2026-0821',
      reason: '重复支付',
    });
    expect(figures(statuses(contractId)[1]!)).toMatchObject({
      paid: 0,
      remaining: 38_400_00,
      payability: 'payable',
    });
    const payments = selectPayments(backend.db, contractId);
    expect(payments.find((payment) => payment.id === interim.id)!.reversedById).toBe(payments.at(-1)!.id);
  });

  it('show a failing evaluation as such', async () => {
    const { contractId } = await signedContract(backend);
    await evaluate(contractId, 40);
    expect(figures(statuses(contractId)[1]!)).toEqual({
      allowed: 0,
      paid: 0,
      pending: 0,
      remaining: 0,
      payability: 'evaluation_failed',
    });
  });
});
