// `cli check` on the contracts: each invariant, broken by raw SQL on a copy of a file kept through the
// channels (past the triggers and CHECKs that guard the way in), is named in Chinese and exits 1.
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { checkCommand } from '../../../electron/cli/commands/check';
import { fixedNow, makeTempDir, openTestBackend, testPassword, testUsers } from '../../fixtures/backend';
import { communityWithHouseholds } from '../../fixtures/builders';
import { scoresFor } from '../../fixtures/contracts';
import type { UserRole } from '../../../shared/contract/roles';
import { paymentRequest, signedContract, september } from './contracts-world';

const dir = makeTempDir('ledger-contracts-check-');
const healthy = path.join(dir, 'healthy.sqlite');
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

/** Ids in the healthy file: contract A (paid, evaluated 中, a pending payment), B (returned, reversed). */
const seeded = { a: 0, b: 0, paidA: 0, pendingA: 0, evaluationA: 0, communityId: 0 };

beforeAll(async () => {
  let now = fixedNow;
  const backend = await openTestBackend({ clock: () => now });
  const community = await communityWithHouseholds(backend, '世纪城', {
    self_governed: 2_300,
    public_unit: 420,
    property_managed: 26_050,
  });
  await backend.call('funding.compute', { year: 2026 });
  await backend.call('funding.setPartyBuilding', {
    year: 2026,
    communityId: community.id,
    amountFen: 20_000_00,
    organisations: '社区党委',
  });
  await backend.as('approver').call('funding.approve', { year: 2026 });
  now = september;
  for (const role of Object.keys(testUsers) as UserRole[])
    await backend.as(role).call('auth.signIn', { login: testUsers[role].login, password: testPassword });
  const a = await signedContract(backend, { communityId: community.id });
  const b = await signedContract(backend, { communityId: community.id });
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
    communityId: community.id,
  });
  backend.close();
  fs.copyFileSync(backend.dbPath, healthy);
  fs.rmSync(backend.dir, { recursive: true, force: true });
});

async function check(file: string): Promise<{ code: number; out: string }> {
  const printed: string[] = [];
  const log = vi.spyOn(console, 'log').mockImplementation((line: unknown) => printed.push(String(line)));
  try {
    const code = await checkCommand.run({ db: file }, []);
    return { code, out: printed.join('\n') };
  } finally {
    log.mockRestore();
  }
}

let copies = 0;
function broken(damage: (db: Database.Database) => void, dropTriggers: string[] = []): string {
  copies += 1;
  const file = path.join(dir, `broken-${copies}.sqlite`);
  fs.copyFileSync(healthy, file);
  const db = new Database(file);
  db.pragma('ignore_check_constraints = ON');
  for (const trigger of dropTriggers) db.exec(`DROP TRIGGER ${trigger}`);
  damage(db);
  db.close();
  return file;
}

async function expectFinding(file: string, finding: string): Promise<void> {
  const { code, out } = await check(file);
  expect(out).toContain(finding);
  expect(code).toBe(1);
}

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
