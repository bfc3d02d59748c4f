// 制单与审核分离 on a funding year: whoever computed or changed the draft cannot approve it, unless the office
// works 一人岗, and the annual report and the notice name who prepared and who approved it.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Community } from '../../../shared/features/register/contract';
import {
  fingerprint,
  fixedNow,
  openTestBackend,
  type TestBackend,
  type TestCaller,
} from '../../fixtures/backend';
import { communityWithHouseholds, officeSettingsInput } from '../../fixtures/builders';
import {
  addApprover,
  approvalRows,
  pdfPageCount,
  pdfText,
  separationRefusal,
  setSinglePersonPost,
  sheetRows,
  singlePersonPostMark,
} from '../../fixtures/separation';

const yuan = (value: number) => value * 100;
const year = 2026;
const approveWhat = `审批 ${year} 年度经费`;

let backend: TestBackend;
let approver: TestCaller;
let century: Community;
let now: Date;

beforeEach(async () => {
  now = fixedNow;
  backend = await openTestBackend({ clock: () => now });
  approver = backend.as('approver');
  await backend.as('administrator').call('office.update', officeSettingsInput());
  century = await communityWithHouseholds(backend, '世纪城', {
    self_governed: 2_300,
    public_unit: 420,
    property_managed: 26_050,
  });
});
afterEach(() => backend.dispose());

/** Computes the year and enters its party-building line, as `by`. */
async function prepareYear(by: TestCaller): Promise<void> {
  await by.call('funding.compute', { year });
  await by.call('funding.setPartyBuilding', {
    year,
    communityId: century.id,
    amountFen: yuan(20_000),
    organisations: '社区党委',
  });
}

async function lines() {
  return (await backend.call('funding.community', { year, communityId: century.id })).row.lines;
}

async function signatureRow(): Promise<string> {
  const rows = await sheetRows(await backend.call('funding.annualReport', { year }));
  return rows.find((row) => row.includes('填表人'))!;
}

async function noticeText(): Promise<{ text: string; pages: number }> {
  const file = await backend.call('funding.notice', {
    year,
    communityId: century.id,
    startDate: '2026-03-16',
    workingDays: 5,
    issueDate: '2026-03-16',
  });
  return { text: pdfText(backend, file), pages: pdfPageCount(backend, file) };
}

describe('approving a funding year', () => {
  it('refuses the 审核人 who computed it, changing nothing, and lets another 审核人 approve', async () => {
    await prepareYear(approver);
    const before = fingerprint(backend.dbPath);
    const refused = await approver.send('funding.approve', { year });
    expect(!refused.ok && refused.error).toMatchObject({
      code: 'conflict',
      message: separationRefusal(approveWhat, '审核员'),
    });
    expect(fingerprint(backend.dbPath)).toBe(before);
    expect((await backend.call('funding.year', { year })).status).toBe('draft');

    const other = await addApprover(backend);
    const approved = await other.call('funding.approve', { year });
    expect(approved).toMatchObject({ status: 'approved', approvedBy: '王建国' });
    expect(approvalRows(backend, 'allocation', year)).toEqual([
      { step: 'approve', displayName: '王建国', singlePersonPost: 0 },
    ]);
  });

  it.each([
    ['entered the party-building amount', 'setPartyBuilding'],
    ['overrode a line', 'override'],
    ['put an override back', 'clearOverride'],
  ] as const)('refuses the 审核人 who only %s of a draft the 经办人 computed', async (_, change) => {
    await prepareYear(backend);
    const basic = (await lines()).basic_office!;
    if (change === 'clearOverride') {
      await backend.call('funding.override', { lineId: basic.id, amountFen: yuan(1), reason: '试算' });
      await approver.call('funding.clearOverride', { lineId: basic.id });
    } else if (change === 'override') {
      await approver.call('funding.override', {
        lineId: basic.id,
        amountFen: yuan(1),
        reason: '按会议纪要核定',
      });
    } else {
      await approver.call('funding.setPartyBuilding', {
        year,
        communityId: century.id,
        amountFen: yuan(30_000),
        organisations: '社区党委及2个小区党支部',
      });
    }
    const before = fingerprint(backend.dbPath);
    const refused = await approver.send('funding.approve', { year });
    expect(!refused.ok && refused.error.message).toBe(separationRefusal(approveWhat, '审核员'));
    expect(fingerprint(backend.dbPath)).toBe(before);
  });

  it('lets the 审核人 who did not touch the draft approve it, naming both on the report and the notice', async () => {
    await prepareYear(backend);
    await approver.call('funding.approve', { year });
    expect(approvalRows(backend, 'allocation', year)).toEqual([
      { step: 'approve', displayName: '审核员', singlePersonPost: 0 },
    ]);
    const signature = await signatureRow();
    expect(signature).toContain('填表人：测试员审核人：审核员填表日期');
    expect(signature).not.toContain(singlePersonPostMark);
    const notice = await noticeText();
    expect(notice.text).toContain('经办人：测试员审核人：审核员');
    expect(notice.text).not.toContain(singlePersonPostMark);
    expect(notice.pages).toBe(1);
  });
});

describe('一人岗', () => {
  it('lets the one who prepared the year approve it, and the documents print the mark beside the signature', async () => {
    await setSinglePersonPost(backend, true);
    await prepareYear(approver);
    const approved = await approver.call('funding.approve', { year });
    expect(approved).toMatchObject({ status: 'approved', approvedBy: '审核员' });
    expect(approvalRows(backend, 'allocation', year)).toEqual([
      { step: 'approve', displayName: '审核员', singlePersonPost: 1 },
    ]);
    expect(await signatureRow()).toContain(`填表人：审核员审核人：审核员（${singlePersonPostMark}）`);
    const notice = await noticeText();
    expect(notice.text).toContain(`经办人：审核员审核人：审核员（${singlePersonPostMark}）`);
    expect(notice.pages).toBe(1);
  });

  it('marks only an approval the waiver let through: another approver under 一人岗 signs plainly', async () => {
    await setSinglePersonPost(backend, true);
    await prepareYear(backend);
    await approver.call('funding.approve', { year });
    expect(approvalRows(backend, 'allocation', year)[0]!.singlePersonPost).toBe(0);
    expect(await signatureRow()).not.toContain(singlePersonPostMark);
  });

  it('holds again once it is turned off', async () => {
    await setSinglePersonPost(backend, true);
    await setSinglePersonPost(backend, false);
    await prepareYear(approver);
    const refused = await approver.send('funding.approve', { year });
    expect(!refused.ok && refused.error.message).toBe(separationRefusal(approveWhat, '审核员'));
  });
});

describe('填表人 on the annual report', () => {
  it("names the draft's preparers, the most recent first, with the 审核人 left blank until approved", async () => {
    await prepareYear(backend);
    now = new Date(fixedNow.getTime() + 5 * 60_000);
    await approver.call('funding.override', {
      lineId: (await lines()).basic_office!.id,
      amountFen: yuan(300_000),
      reason: '按会议纪要核定',
    });
    expect(await signatureRow()).toMatch(/填表人：审核员、测试员审核人：填表日期/u);
  });

  it('prints blank lines for a year kept before users signed in', async () => {
    await prepareYear(backend);
    // A ledger from before migration 0009 has no preparer rows.
    backend.context.db.prepare('DELETE FROM record_preparer').run();
    expect(await signatureRow()).toMatch(/填表人：审核人：填表日期/u);
    expect((await noticeText()).text).not.toContain('经办人');
  });
});
