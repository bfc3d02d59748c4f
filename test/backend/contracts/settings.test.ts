// The office's contract settings through the channels: read, saved by 管理员 with its audit row, refused
// when malformed without a change, and applied to evaluations recorded afterwards only.
import { describe, expect, it } from 'vitest';
import { defaultCoefficients, defaultIndicators } from '../../../shared/features/contracts/contract';
import { fingerprint } from '../../fixtures/backend';
import { scoresFor } from '../../fixtures/contracts';
import { backend, signedContract, useContractsWorld } from './contracts-world';

useContractsWorld();

const settingsInput = {
  checkMaxAgeDays: 90,
  indicators: [
    { name: '服务成效', weight: 60, guidance: '目标完成情况' },
    { name: '群众满意度', weight: 40, guidance: '' },
  ],
  coefficients: { excellent: 100, good: 90, fair: 70, poor: 0 },
};

describe('contract settings', () => {
  it('start with the default template, coefficients and a 180-day check', async () => {
    expect(await backend.call('contracts.settings', {})).toEqual({
      checkMaxAgeDays: 180,
      indicators: [...defaultIndicators],
      coefficients: defaultCoefficients,
    });
  });

  it('are saved by 管理员, replacing the template, with before and after audited', async () => {
    const saved = await backend.as('administrator').call('contracts.saveSettings', settingsInput);
    expect(saved).toEqual(settingsInput);
    expect(await backend.call('contracts.settings', {})).toEqual(settingsInput);
    const audit = backend.db
      .prepare(
        `SELECT action, actor, summary, before_json AS before, after_json AS after FROM audit_log
         WHERE entity = 'contract_settings'`,
      )
      .all() as { action: string; actor: string; summary: string; before: string; after: string }[];
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ action: 'update', actor: '管理员甲' });
    expect(audit[0]!.summary).toContain('付款比例 优 100%、良 90%、中 70%、差 0%');
    expect(JSON.parse(audit[0]!.before).checkMaxAgeDays).toBe(180);
    expect(JSON.parse(audit[0]!.after).indicators).toEqual(settingsInput.indicators);
  });

  it('refuse weights that do not add up to 100, changing nothing', async () => {
    const before = fingerprint(backend.dbPath);
    const result = await backend.as('administrator').send('contracts.saveSettings', {
      ...settingsInput,
      indicators: [{ name: '服务成效', weight: 60, guidance: '' }],
    });
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'invalid_input', message: '评价指标模板：各项分值合计 60 分，应为 100 分' },
    });
    expect(fingerprint(backend.dbPath)).toBe(before);
  });

  it('are not saved by 经办人', async () => {
    const result = await backend.send('contracts.saveSettings', settingsInput);
    expect(result).toMatchObject({ ok: false, error: { code: 'forbidden' } });
  });

  it('apply to evaluations recorded afterwards: an earlier one keeps its coefficient', async () => {
    const { contractId } = await signedContract(backend);
    const before = await backend.call('contracts.evaluate', {
      contractId,
      kind: 'interim',
      instalmentSeq: 2,
      evaluatedOn: '2026-08-10',
      evaluators: '街道评估小组',
      conclusion: '良好',
      scores: scoresFor(85),
    });
    await backend.as('administrator').call('contracts.saveSettings', {
      checkMaxAgeDays: 180,
      indicators: [...defaultIndicators],
      coefficients: { excellent: 100, good: 50, fair: 30, poor: 0 },
    });
    const after = await backend.call('contracts.evaluate', {
      contractId,
      kind: 'interim',
      instalmentSeq: 2,
      evaluatedOn: '2026-08-20',
      evaluators: '街道评估小组',
      conclusion: '复评良好',
      scores: scoresFor(85),
    });
    expect([before.grade, before.coefficientPercent]).toEqual(['good', 100]);
    expect([after.grade, after.coefficientPercent]).toEqual(['good', 50]);
    const stored = backend.db
      .prepare('SELECT coefficient_percent AS c FROM contract_evaluation ORDER BY id')
      .all() as { c: number }[];
    expect(stored.map((row) => row.c)).toEqual([100, 50]);
  });
});
