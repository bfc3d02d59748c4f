// The funding notice says what was decided, in words for residents: each line's final amount with a
// basis that arrives at it (computed value, override and its reason, each adjustment and its reason),
// never an instruction to the clerk; the pilot plan is cited only for a pilot community.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestBackend, type TestBackend } from '../../fixtures/backend';
import { communityWithHouseholds, officeSettingsInput } from '../../fixtures/builders';
import { poppler } from '../../fixtures/poppler';

const yuan = (value: number) => value * 100;
const pilotPlan = '《关于在世纪城等四个社区开展社区治理改革试点工作的实施方案》';
let backend: TestBackend;
let centuryText = '';
let jinmaText = '';

async function noticeText(communityId: number, name: string): Promise<string> {
  const file = await backend.call('funding.notice', {
    year: 2025,
    communityId,
    startDate: '2026-03-16',
    workingDays: 5,
    issueDate: '2026-03-16',
  });
  const pdf = path.join(backend.dir, `${name}.pdf`);
  fs.writeFileSync(pdf, Buffer.from(file.bytes));
  // -raw keeps each table cell's text together; -layout interleaves a wrapped cell with its row's others.
  return poppler('pdftotext', ['-raw', pdf, '-']).replace(/\s+/gu, '');
}

beforeAll(async () => {
  backend = await openTestBackend();
  await backend.as('administrator').call('office.update', officeSettingsInput());
  // 世纪城, a pilot community: 28,770 households, every line computed by the standard.
  const century = await communityWithHouseholds(
    backend,
    '世纪城',
    { self_governed: 2_300, public_unit: 420, property_managed: 26_050 },
    { year: 2025, isPilot: true },
  );
  // 金马: 6,050 households, under the standard's 10,000, so its basic office amount is decided by hand.
  const jinma = await communityWithHouseholds(
    backend,
    '金马',
    { self_governed: 2_450, public_unit: 0, property_managed: 3_600 },
    { year: 2025 },
  );
  await backend.call('funding.compute', { year: 2025 });
  for (const community of [century, jinma]) {
    await backend.call('funding.setPartyBuilding', {
      year: 2025,
      communityId: community.id,
      amountFen: yuan(20_000),
      organisations: '社区党委及3个居民小区党支部',
    });
  }
  const jinmaLines = (await backend.call('funding.community', { year: 2025, communityId: jinma.id })).row
    .lines;
  await backend.call('funding.override', {
    lineId: jinmaLines.basic_office!.id,
    amountFen: yuan(200_000),
    reason: '经街道党工委会议研究按20万元核定',
  });
  await backend.as('approver').call('funding.approve', { year: 2025 });
  const centuryLines = (await backend.call('funding.community', { year: 2025, communityId: century.id })).row
    .lines;
  await backend.as('approver').call('funding.adjust', {
    lineId: centuryLines.purchased_services!.id,
    amountFen: -yuan(8_000),
    reason: '两个院落合并后户数核减',
    date: '2026-03-15',
  });
  centuryText = await noticeText(century.id, 'century');
  jinmaText = await noticeText(jinma.id, 'jinma');
});
afterAll(() => backend.dispose());

describe('the basis printed for each line of the funding notice', () => {
  it('arrives at the final amount through the computation, each adjustment and its reason', () => {
    expect(centuryText).toContain('896,900.00');
    expect(centuryText).toContain(
      '自治院落2,300户×50元+公共单位院落420户×20元+物管院落26,050户×30元=904,900元；调整−8,000元（理由：两个院落合并后户数核减）；核定896,900元',
    );
  });

  it('prints an override with its recorded reason, and never the instruction to the clerk', () => {
    expect(jinmaText).toContain(
      '6,050户：不足10,000户，标准未作规定；核定为200,000元（理由：经街道党工委会议研究按20万元核定）',
    );
    expect(jinmaText).not.toContain('须手工核定');
    expect(centuryText).not.toContain('须手工核定');
  });

  it('says in words what a party-building amount covers', () => {
    expect(jinmaText).toContain('按预算核定，涵盖：社区党委及3个居民小区党支部');
    expect(jinmaText).not.toContain('按预算录入');
  });
});

describe('the opening of the funding notice', () => {
  it('cites the pilot plan for a pilot community', () => {
    expect(centuryText).toContain(`依据${pilotPlan}及官民函〔2022〕61号`);
  });

  it('cites only the standard for a community outside the pilot', () => {
    expect(jinmaText).toContain('依据官民函〔2022〕61号确定的社区工作经费保障标准（2020年起执行）');
    expect(jinmaText).not.toContain('试点');
  });
});
