// 操作日志 of one contract (contracts.audit): its own rows from the draft on, and its evaluations' and
// payments', newest first and paged; never another contract's.
import { describe, expect, it } from 'vitest';
import {
  backend,
  evaluate,
  paid,
  paymentRequest,
  signedContract,
  useContractsWorld,
} from './contracts-world';

useContractsWorld();

describe('contracts.audit', () => {
  it('lists the contract, its evaluations and its payments, and nothing of another contract', async () => {
    const { contractId, communityId } = await signedContract(backend);
    const other = await signedContract(backend, { communityId });
    await paid(contractId);
    await evaluate(contractId, 85);
    await backend.call(
      'contracts.requestPayment',
      paymentRequest(other.contractId, { voucherNo: '记-另一份合同' }),
    );

    const log = await backend.call('contracts.audit', { id: contractId });
    // The first approved payment starts the signed contract (its row is written after the approval's).
    expect(log.rows.map((row) => [row.entity, row.action])).toEqual([
      ['contract_evaluation', 'evaluate'],
      ['contract_payment', 'approve'],
      ['contract', 'start'],
      ['contract_payment', 'submit'],
      ['contract', 'sign'],
      ['contract', 'create'],
    ]);
    expect(log.total).toBe(6);
    expect(log.rows.some((row) => row.summary.includes('记-另一份合同'))).toBe(false);

    const second = await backend.call('contracts.audit', { id: contractId, offset: 2, limit: 2 });
    expect(second.rows.map((row) => row.id)).toEqual(log.rows.slice(2, 4).map((row) => row.id));
    expect(second.total).toBe(6);
  });
});
