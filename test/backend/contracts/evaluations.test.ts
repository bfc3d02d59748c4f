// 绩效评价 through the channels: total and grade computed from the template's scores, the coefficient of
// the grade kept, the first evaluation starting a signed contract; every refusal names the field and
// leaves the file as it was.
import { describe, expect, it } from 'vitest';
import type { ChannelInput } from '../../../shared/contract';
import { fingerprint } from '../../fixtures/backend';
import { scoresFor } from '../../fixtures/contracts';
import { backend, signedContract, terminated, useContractsWorld } from './contracts-world';

useContractsWorld();

type EvaluationInput = ChannelInput<'contracts.evaluate'>;

const evaluation = (contractId: number, overrides: Partial<EvaluationInput> = {}): EvaluationInput => ({
  contractId,
  kind: 'interim',
  instalmentSeq: 2,
  evaluatedOn: '2026-08-10',
  evaluators: '街道评估小组（张敏、李强）',
  conclusion: '按合同推进，台账完整',
  scores: scoresFor(87.5),
  ...overrides,
});

async function expectRefused(input: EvaluationInput, code: string, message: string, field?: string) {
  const before = fingerprint(backend.dbPath);
  const result = await backend.send('contracts.evaluate', input);
  expect(result).toEqual({ ok: false, error: { code, message, ...(field ? { field } : {}) } });
  expect(fingerprint(backend.dbPath)).toBe(before);
}

describe('recording an evaluation', () => {
  it('computes the total and grade, keeps the coefficient and audits it', async () => {
    const { contractId } = await signedContract(backend);
    const recorded = await backend.call('contracts.evaluate', evaluation(contractId));
    expect(recorded).toMatchObject({
      contractId,
      kind: 'interim',
      instalmentSeq: 2,
      totalTenths: 875,
      grade: 'good',
      coefficientPercent: 100,
      recordedBy: '测试员',
    });
    expect(recorded.scores.map((score) => score.indicator)).toEqual([
      '前期准备',
      '实施过程',
      '绩效表现',
      '满意度',
    ]);
    const audit = backend.db
      .prepare("SELECT summary FROM audit_log WHERE action = 'evaluate' AND entity = 'contract_evaluation'")
      .get() as { summary: string };
    expect(audit.summary).toBe(
      '中期评价 购〔2026〕1号「2026 年度社区老年人助餐与探访服务项目」：87.5 分（良），付款比例 100%',
    );
  });

  it.each([
    [95, 'excellent', 100],
    [72, 'fair', 80],
    [58, 'poor', 0],
  ])('grades %s points as %s with the coefficient %s per cent', async (total, grade, coefficient) => {
    const { contractId } = await signedContract(backend);
    const recorded = await backend.call(
      'contracts.evaluate',
      evaluation(contractId, { scores: scoresFor(total) }),
    );
    expect([recorded.grade, recorded.coefficientPercent]).toEqual([grade, coefficient]);
  });

  it('stores the scores in the template order whatever order they come in', async () => {
    const { contractId } = await signedContract(backend);
    const recorded = await backend.call(
      'contracts.evaluate',
      evaluation(contractId, { scores: scoresFor(90).reverse() }),
    );
    expect(recorded.scores.map((score) => score.indicator)).toEqual([
      '前期准备',
      '实施过程',
      '绩效表现',
      '满意度',
    ]);
  });

  it('starts a signed contract on its first evaluation, dated by it', async () => {
    const { contractId } = await signedContract(backend);
    await backend.call(
      'contracts.evaluate',
      evaluation(contractId, { kind: 'interim', instalmentSeq: null }),
    );
    const row = backend.db
      .prepare('SELECT state, started_date AS startedDate FROM contract WHERE id = ?')
      .get(contractId);
    expect(row).toEqual({ state: 'performing', startedDate: '2026-08-10' });
    const start = backend.db
      .prepare(
        "SELECT count(*) AS n FROM audit_log WHERE action = 'start' AND entity = 'contract' AND entity_id = ?",
      )
      .get(contractId);
    expect(start).toEqual({ n: 1 });
  });
});

describe('an evaluation is refused', () => {
  it('for a draft contract', async () => {
    const { contractId } = await signedContract(backend);
    backend.db.exec(
      `DROP TRIGGER contract_keeps_record;
       UPDATE contract SET state = 'draft', contract_seq = NULL, signed_date = NULL, signed_by = NULL WHERE id = ${contractId}`,
    );
    await expectRefused(evaluation(contractId), 'conflict', '评价类型：草稿的合同不能绩效评价', 'kind');
  });

  it('dated before the contract starts', async () => {
    const { contractId } = await signedContract(backend);
    await expectRefused(
      evaluation(contractId, { evaluatedOn: '2026-03-31' }),
      'invalid_input',
      '评价日期：应在合同开始日期 2026-04-01 至今天 2026-09-30 之间',
      'evaluatedOn',
    );
  });

  it('dated after today', async () => {
    const { contractId } = await signedContract(backend);
    await expectRefused(
      evaluation(contractId, { evaluatedOn: '2026-10-01' }),
      'invalid_input',
      '评价日期：应在合同开始日期 2026-04-01 至今天 2026-09-30 之间',
      'evaluatedOn',
    );
  });

  it('for an instalment the contract does not have', async () => {
    const { contractId } = await signedContract(backend);
    await expectRefused(
      evaluation(contractId, { instalmentSeq: 4 }),
      'conflict',
      '对应分期：合同没有第 4 期',
      'instalmentSeq',
    );
  });

  it('as a final evaluation for the interim instalment', async () => {
    const { contractId } = await signedContract(backend);
    await expectRefused(
      evaluation(contractId, { kind: 'final', instalmentSeq: 2 }),
      'conflict',
      '对应分期：第 2 期（中期）须中期评价合格后支付，不能以终期评价对应',
      'instalmentSeq',
    );
  });

  it('for an instalment that needs no evaluation', async () => {
    const { contractId } = await signedContract(backend);
    await expectRefused(
      evaluation(contractId, { instalmentSeq: 1 }),
      'conflict',
      '对应分期：第 1 期（首期）付款不需要评价，中期评价不能对应该期',
      'instalmentSeq',
    );
  });

  it('with an indicator outside the office template', async () => {
    const { contractId } = await signedContract(backend);
    const scores = scoresFor(80);
    scores[3] = { indicator: '社会影响', weight: 20, scoreTenths: 160 };
    await expectRefused(
      evaluation(contractId, { scores }),
      'conflict',
      '评价指标：「社会影响」不是本单位评价指标模板中的指标',
      'scores',
    );
  });

  it('with a weight other than the template gives', async () => {
    const { contractId } = await signedContract(backend);
    const scores = [
      { indicator: '前期准备', weight: 25, scoreTenths: 200 },
      { indicator: '实施过程', weight: 25, scoreTenths: 200 },
      { indicator: '绩效表现', weight: 30, scoreTenths: 250 },
      { indicator: '满意度', weight: 20, scoreTenths: 150 },
    ];
    await expectRefused(
      evaluation(contractId, { scores }),
      'conflict',
      '评价指标：「前期准备」的分值应为 20 分（本单位模板），不是 25 分',
      'scores',
    );
  });

  it('with an indicator given twice', async () => {
    const { contractId } = await signedContract(backend);
    const scores = [
      { indicator: '前期准备', weight: 20, scoreTenths: 180 },
      { indicator: '实施过程', weight: 30, scoreTenths: 250 },
      { indicator: '绩效表现', weight: 30, scoreTenths: 250 },
      { indicator: '前期准备', weight: 20, scoreTenths: 180 },
    ];
    await expectRefused(
      evaluation(contractId, { scores }),
      'conflict',
      '评价指标：「前期准备」填写了 2 次',
      'scores',
    );
  });

  it('with a score over its weight (the input schema)', async () => {
    const { contractId } = await signedContract(backend);
    const scores = scoresFor(80);
    scores[0] = { indicator: '前期准备', weight: 20, scoreTenths: 210 };
    const result = await backend.send('contracts.evaluate', evaluation(contractId, { scores }));
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'invalid_input', message: '得分：「前期准备」得分不能超过该项分值 20 分' },
    });
  });
});

describe('the contract state', () => {
  it('refuses an evaluation of a terminated contract', async () => {
    const { contractId } = await signedContract(backend);
    terminated(backend, contractId, 36_000_00);
    await expectRefused(evaluation(contractId), 'conflict', '评价类型：已终止的合同不能绩效评价', 'kind');
  });
});
