import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openTestBackend, type TestBackend } from '../../fixtures/backend';
import { communityWithHouseholds } from '../../fixtures/builders';

let backend: TestBackend;
beforeEach(async () => {
  backend = await openTestBackend();
});
afterEach(() => backend.dispose());

const yuan = (value: number) => value * 100;

describe("computing a year's allocation", () => {
  it('computes basic office and purchased services from the profile, with breakdowns in words', async () => {
    const community = await communityWithHouseholds(backend, '世纪城', {
      self_governed: 5_000,
      public_unit: 1_000,
      property_managed: 29_000,
    });
    const preview = await backend.call('funding.preview', { year: 2026 });
    const lines = preview.lines.filter((line) => line.communityId === community.id);
    expect(lines).toEqual([
      expect.objectContaining({
        category: 'basic_office',
        computedFen: yuan(400_000),
        breakdown: '35,000户：基础30万元 + 超出部分按整万户计1档 × 10万元 = 40万元',
      }),
      expect.objectContaining({
        category: 'purchased_services',
        computedFen: yuan(1_140_000),
        breakdown:
          '自治院落5,000户 × 50元 + 公共单位院落1,000户 × 20元 + 物管院落29,000户 × 30元 = 1,140,000元',
      }),
    ]);
  });

  it('saves nothing on preview and a draft on compute, with a party-building line to enter', async () => {
    const community = await communityWithHouseholds(backend, '凤凰山', {
      self_governed: 3_100,
      public_unit: 260,
      property_managed: 8_900,
    });
    await backend.call('funding.preview', { year: 2026 });
    expect((await backend.call('funding.year', { year: 2026 })).status).toBe('none');
    await backend.call('funding.compute', { year: 2026 });
    const year = await backend.call('funding.year', { year: 2026 });
    expect(year.status).toBe('draft');
    const row = year.rows.find((candidate) => candidate.communityId === community.id)!;
    expect(row.lines.basic_office?.amountFen).toBe(yuan(300_000));
    expect(row.lines.party_building?.amountFen).toBeNull();
    expect(row.missing).toEqual(['party_building']);
  });

  it('requires a manual amount with a reason under 10,000 households', async () => {
    const community = await communityWithHouseholds(backend, '金马', {
      self_governed: 2_450,
      public_unit: 0,
      property_managed: 3_600,
    });
    await backend.call('funding.compute', { year: 2026 });
    const { row } = await backend.call('funding.community', { year: 2026, communityId: community.id });
    expect(row.lines.basic_office).toMatchObject({ computedFen: null, amountFen: null });
    expect(row.lines.basic_office!.breakdown).toContain('须手工核定金额并说明理由');
    const refused = await backend.send('funding.override', {
      lineId: row.lines.basic_office!.id,
      amountFen: yuan(200_000),
      reason: ' ',
    });
    expect(!refused.ok && refused.error).toMatchObject({ field: 'reason', message: '调整理由：不能为空' });
    const line = await backend.call('funding.override', {
      lineId: row.lines.basic_office!.id,
      amountFen: yuan(200_000),
      reason: '不足一万户，经街道党工委会议研究按20万元核定',
    });
    expect(line).toMatchObject({ amountFen: yuan(200_000), computedFen: null });
  });

  it('keeps an override, beside the computed value, across recomputation', async () => {
    const community = await communityWithHouseholds(backend, '关上', {
      self_governed: 3_900,
      public_unit: 1_100,
      property_managed: 5_200,
    });
    await backend.call('funding.compute', { year: 2026 });
    const { row } = await backend.call('funding.community', { year: 2026, communityId: community.id });
    await backend.call('funding.override', {
      lineId: row.lines.purchased_services!.id,
      amountFen: yuan(300_000),
      reason: '按区级批复调减',
    });
    await backend.call('funding.compute', { year: 2026 });
    const again = await backend.call('funding.community', { year: 2026, communityId: community.id });
    expect(again.row.lines.purchased_services).toMatchObject({
      amountFen: yuan(300_000),
      computedFen: yuan(3_900 * 50 + 1_100 * 20 + 5_200 * 30),
      overrideReason: '按区级批复调减',
    });
    const cleared = await backend.call('funding.clearOverride', { lineId: row.lines.purchased_services!.id });
    expect(cleared.amountFen).toBe(cleared.computedFen);
  });

  it('uses the standard version in force for the year, and a part-block setting of that version', async () => {
    await communityWithHouseholds(backend, '新亚洲体育城', {
      self_governed: 960,
      public_unit: 1_350,
      property_managed: 33_000,
    });
    const standard = (await backend.call('standards.list', {}))[0]!;
    await backend.as('administrator').call('standards.save', {
      ...standard,
      effectiveYear: 2026,
      partBlockRule: 'round_up',
      note: '试行不足一档按一档计',
    });
    const preview = await backend.call('funding.preview', { year: 2026 });
    expect(preview.standard.effectiveYear).toBe(2026);
    expect(preview.lines[0]).toMatchObject({ computedFen: yuan(500_000) });
    expect(
      (await backend.call('funding.preview', { year: 2025 }).catch(() => null))?.standard.effectiveYear ??
        2020,
    ).toBe(2020);
  });

  it('refuses to compute a year nobody has households for', async () => {
    const result = await backend.send('funding.compute', { year: 2026 });
    expect(!result.ok && result.error.message).toContain('没有任何在册社区录入了年度情况');
  });
});

describe('approval', () => {
  async function draftYear() {
    const community = await communityWithHouseholds(backend, '螺蛳湾国际商贸城', {
      self_governed: 0,
      public_unit: 820,
      property_managed: 10_900,
    });
    await backend.call('funding.compute', { year: 2026 });
    return community;
  }

  it('refuses approval while an amount is missing, naming it', async () => {
    await draftYear();
    const result = await backend.as('approver').send('funding.approve', { year: 2026 });
    expect(!result.ok && result.error.message).toContain('螺蛳湾国际商贸城 党建工作经费');
  });

  it('freezes approved lines: edits are refused and the triggers reject UPDATE and DELETE', async () => {
    const community = await draftYear();
    await backend.call('funding.setPartyBuilding', {
      year: 2026,
      communityId: community.id,
      amountFen: yuan(20_000),
      organisations: '社区党委及3个小区党支部',
    });
    const approved = await backend.as('approver').call('funding.approve', { year: 2026 });
    expect(approved).toMatchObject({
      status: 'approved',
      approvedBy: '审核员',
      approvedAt: '2026-03-15T09:30:00+08:00',
    });
    const { row } = await backend.call('funding.community', { year: 2026, communityId: community.id });
    const refused = await backend.send('funding.override', {
      lineId: row.lines.basic_office!.id,
      amountFen: 1,
      reason: 'x',
    });
    expect(!refused.ok && refused.error.message).toContain('已审批');
    expect((await backend.send('funding.compute', { year: 2026 })).ok).toBe(false);
    expect(() => backend.db.prepare('UPDATE allocation_line SET amount_fen = 1').run()).toThrow(/immutable/);
    expect(() => backend.db.prepare('DELETE FROM allocation_line').run()).toThrow(/immutable/);
    expect(() =>
      backend.db.prepare("UPDATE allocation_year SET status = 'draft', approved_at = NULL").run(),
    ).toThrow(/immutable/);
  });

  it('never changes an approved allocation when a new standard version takes effect in its year', async () => {
    const community = await draftYear();
    await backend.call('funding.setPartyBuilding', {
      year: 2026,
      communityId: community.id,
      amountFen: 0,
      organisations: '社区党委',
    });
    await backend.as('approver').call('funding.approve', { year: 2026 });
    const standard = (await backend.call('standards.list', {}))[0]!;
    await backend
      .as('administrator')
      .call('standards.save', { ...standard, effectiveYear: 2026, basicBaseFen: yuan(500_000) });
    const { row } = await backend.call('funding.community', { year: 2026, communityId: community.id });
    expect(row.lines.basic_office!.amountFen).toBe(yuan(300_000));
  });
});
