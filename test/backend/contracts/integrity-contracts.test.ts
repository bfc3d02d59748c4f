// `cli check` on the contracts: each invariant, broken by raw SQL on a copy of a file kept through the
// channels (past the triggers and CHECKs that guard the way in), is named in Chinese and exits 1.
import type Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { openTestBackend } from '../../fixtures/backend';
import { useBrokenCopies } from '../../fixtures/broken-copies';
import { scoresFor } from '../../fixtures/contracts';
import { paymentRequest, signedContract, september } from './contracts-world';

/** Ids in the healthy file: contract A (paid, evaluated 中, a pending payment), B (returned, reversed). */
const seeded = { a: 0, b: 0, paidA: 0, pendingA: 0, evaluationA: 0, communityId: 0 };

/** Made through the channels: 2026 approved for 世纪城, contracts A and B signed, paid, evaluated. */
async function seedContracts() {
  const backend = await openTestBackend({ clock: () => september });
  const a = await signedContract(backend);
  const b = await signedContract(backend, { communityId: a.communityId });
  const approver = backend.as('approver');
  const paidA = await backend.call('contracts.requestPayment', paymentRequest(a.contractId));
  await approver.call('contracts.approvePayment', { id: paidA.id });
  const evaluation = await backend.call('contracts.evaluate', {
    contractId: a.contractId,
    kind: 'interim',
    instalmentSeq: 2,
    evaluatedOn: '2026-08-10',
    evaluators: '街道评估小组',
    conclusion: '基本达到要求',
    scores: scoresFor(72),
  });
  const pendingA = await backend.call(
    'contracts.requestPayment',
    paymentRequest(a.contractId, { instalmentSeq: 2, date: '2026-08-20', amountFen: 38_400_00 }),
  );
  const returned = await backend.call('contracts.requestPayment', paymentRequest(b.contractId));
  await approver.call('contracts.rejectPayment', { id: returned.id, reason: '凭证不全' });
  const paidB = await backend.call('contracts.requestPayment', paymentRequest(b.contractId));
  await approver.call('contracts.approvePayment', { id: paidB.id });
  await backend.call('contracts.reversePayment', {
    id: paidB.id,
    date: '2026-05-06',
    voucherNo: '记-2026-0506',
    reason: '账户有误',
  });
  Object.assign(seeded, {
    a: a.contractId,
    b: b.contractId,
    paidA: paidA.id,
    pendingA: pendingA.id,
    evaluationA: evaluation.id,
    communityId: a.communityId,
  });
  return { backend, seeded };
}

const { healthy, check, broken, expectFinding } = useBrokenCopies(seedContracts);

const contractA = () => `合同 购〔2026〕1号「2026 年度社区老年人助餐与探访服务项目」（#${seeded.a}）`;
const run =
  (sql: string, ...params: unknown[]) =>
  (db: Database.Database) =>
    void db.prepare(sql).run(...params);

describe('cli check on contracts', () => {
  it('passes the healthy file', async () => {
    const { code, out } = await check(healthy);
    expect(out).not.toContain('合同');
    expect(code).toBe(0);
  });

  it('names an instalment paid and pending beyond what its evaluation allows', async () => {
    const file = broken(
      run('UPDATE contract_payment SET amount_fen = 4000000 WHERE id = ?', seeded.pendingA),
      ['contract_payment_decided_once'],
    );
    await expectFinding(
      file,
      `${contractA()}第 2 期（中期）已付及待审核 40,000.00 元，超过该期允许支付的 38,400.00 元`,
    );
  });

  it('names a contract paid beyond its price', async () => {
    const file = broken(
      run('UPDATE contract_version SET price_fen = 3000000 WHERE contract_id = ?', seeded.a),
      ['contract_version_frozen_update'],
    );
    await expectFinding(file, '已付 36,000.00 元，超过合同价款 30,000.00 元');
  });

  it('names a terminated contract paid beyond its settlement', async () => {
    const file = broken(
      run(
        `UPDATE contract SET state = 'terminated', terminated_date = '2026-09-01', termination_reason = '终止',
           settlement_fen = 3000000, terminated_by = '审核员' WHERE id = ?`,
        seeded.a,
      ),
      ['contract_keeps_record'],
    );
    await expectFinding(file, `${contractA()}已付 36,000.00 元，超过终止结算金额 30,000.00 元`);
  });

  it('names a payment of an instalment the version does not have', async () => {
    const file = broken(run('UPDATE contract_payment SET instalment_seq = 5 WHERE id = ?', seeded.paidA), [
      'contract_payment_decided_once',
    ]);
    await expectFinding(
      file,
      `付款 付〔2026〕1号（#${seeded.paidA}）所付的第 5 期不在${contractA()}现行版本的分期中`,
    );
  });

  it('names a gated payment that cites no passing evaluation of its instalment', async () => {
    const file = broken(
      run(
        'UPDATE contract_payment SET evaluation_id = NULL, coefficient_percent = NULL WHERE id = ?',
        seeded.pendingA,
      ),
      ['contract_payment_decided_once'],
    );
    await expectFinding(file, `付${contractA()}第 2 期（中期），却没有引用该期合格的中期评价`);
  });

  it('names a year whose contracts commit more than the approved allocation', async () => {
    const file = broken(
      run(
        "UPDATE allocation_line SET amount_fen = 20000000 WHERE community_id = ? AND category = 'purchased_services'",
        seeded.communityId,
      ),
      ['allocation_line_frozen_update'],
    );
    await expectFinding(
      file,
      '世纪城 2026 年政府购买服务经费核定 200,000.00 元，2 份合同已占用 240,000.00 元，超出 40,000.00 元',
    );
  });

  it('names a contract in performance without its number', async () => {
    const file = broken(run('UPDATE contract SET contract_seq = NULL WHERE id = ?', seeded.b), [
      'contract_keeps_record',
    ]);
    await expectFinding(file, `（#${seeded.b}）状态为“履行中”，却没有完整的合同编号和签订记录`);
  });

  it('names a contract still 已签订 though evaluated and paid', async () => {
    const file = broken(
      run("UPDATE contract SET state = 'signed', started_date = NULL WHERE id = ?", seeded.a),
      ['contract_keeps_record'],
    );
    await expectFinding(file, `${contractA()}已有履行记录（开始日期、绩效评价或付款），状态却仍为“已签订”`);
  });

  it('names a contract completed without a final evaluation', async () => {
    const file = broken(
      run("UPDATE contract SET state = 'completed', completed_date = '2026-09-20' WHERE id = ?", seeded.a),
      ['contract_keeps_record'],
    );
    await expectFinding(file, `${contractA()}已验收完成，却没有终期评价`);
  });

  it('names a terminated contract without its termination record', async () => {
    const file = broken(run("UPDATE contract SET state = 'terminated' WHERE id = ?", seeded.a), [
      'contract_keeps_record',
    ]);
    await expectFinding(file, `${contractA()}已终止，却没有完整的终止记录`);
  });

  it('names an evaluation without its audit row', async () => {
    const file = broken(
      run("DELETE FROM audit_log WHERE entity = 'contract_evaluation' AND entity_id = ?", seeded.evaluationA),
      ['audit_log_no_delete'],
    );
    await expectFinding(
      file,
      `${contractA()}的绩效评价 #${seeded.evaluationA}（2026-08-10）没有记录时的操作日志`,
    );
  });

  it('names a payment approved without its audit row', async () => {
    const file = broken(
      run(
        "DELETE FROM audit_log WHERE entity = 'contract_payment' AND action = 'approve' AND entity_id = ?",
        seeded.paidA,
      ),
      ['audit_log_no_delete'],
    );
    await expectFinding(file, `付款 付〔2026〕1号（#${seeded.paidA}）没有审核通过时的操作日志`);
  });

  it('names a signed contract without its signing audit row', async () => {
    const file = broken(
      run("DELETE FROM audit_log WHERE entity = 'contract' AND action = 'sign' AND entity_id = ?", seeded.a),
      ['audit_log_no_delete'],
    );
    await expectFinding(file, `${contractA()}没有签订时的操作日志`);
  });
});
