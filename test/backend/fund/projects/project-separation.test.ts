// 制单与审核分离 on a welfare project: whoever entered, corrected or paid it does not review it, record
// the 管委会's decision or close it (unless the office works 一人岗), and each channel admits its roles only.
import { describe, expect, it } from 'vitest';
import { fingerprint, type TestCaller } from '../../../fixtures/backend';
import { yuan } from '../../../fixtures/fund-donations';
import {
  addApprover,
  approvalRows,
  separationRefusal,
  setSinglePersonPost,
} from '../../../fixtures/separation';
import { application, approvedFen, decisionNo, projectIn, world } from './project-world';

const number = '微基金项目〔2026〕1号';

const review = (by: TestCaller, id: number) =>
  by.send('fund.reviewProject', { id, reviewedOn: '2026-03-05', opinion: '同意报管委会' });
const decide = (by: TestCaller, id: number) =>
  by.send('fund.decideProject', {
    id,
    result: 'approved',
    decidedOn: '2026-03-06',
    decisionNo: decisionNo(id),
    approvedFen,
  });
const close = (by: TestCaller, id: number) =>
  by.send('fund.closeProject', {
    id,
    closedOn: '2026-03-15',
    usedFen: yuan(1_000),
    returnedFen: 0,
    disposition: 'return_to_designation',
    report: '完成',
  });

/** The step is refused with the separation's sentence, and the database file is as it was. */
async function expectSelfApprovalRefused(
  attempt: () => ReturnType<typeof review>,
  what: string,
): Promise<void> {
  const before = fingerprint(world.backend.dbPath);
  const result = await attempt();
  expect(!result.ok && result.error).toMatchObject({
    code: 'conflict',
    message: separationRefusal(what, '审核员'),
  });
  expect(fingerprint(world.backend.dbPath)).toBe(before);
}

describe('制单与审核分离', () => {
  it('refuses the review to the 审核人 who entered the application, and lets another review it', async () => {
    const approver = world.backend.as('approver');
    const { id } = await approver.call('fund.applyProject', application());
    await expectSelfApprovalRefused(() => review(approver, id), `街道初审公益项目 ${number}`);
    const other = await addApprover(world.backend);
    expect((await review(other, id)).ok).toBe(true);
    expect(approvalRows(world.backend, 'fund_project', id)).toEqual([
      { step: 'review', displayName: '王建国', singlePersonPost: 0 },
    ]);
  });

  it('refuses the review to the 审核人 who only corrected the 经办人’s application', async () => {
    const id = await projectIn('submitted');
    const approver = world.backend.as('approver');
    await approver.call('fund.updateProject', { id, ...application({ title: '独居老人助餐（修改）' }) });
    await expectSelfApprovalRefused(() => review(approver, id), `街道初审公益项目 ${number}`);
  });

  it('refuses the decision to the 审核人 who entered the application, another having reviewed it', async () => {
    const approver = world.backend.as('approver');
    const { id } = await approver.call('fund.applyProject', application());
    const other = await addApprover(world.backend);
    await other.call('fund.reviewProject', { id, reviewedOn: '2026-03-05', opinion: '同意' });
    await expectSelfApprovalRefused(() => decide(approver, id), `登记公益项目 ${number} 的管委会决定`);
    // Reviewing is no preparing: the one who reviewed may record the decision.
    expect((await decide(other, id)).ok).toBe(true);
    expect(approvalRows(world.backend, 'fund_project', id).map((row) => row.step)).toEqual([
      'review',
      'decide',
    ]);
  });

  it('refuses the closing to the 审核人 who drafted a payment of the project', async () => {
    const id = await projectIn('agreed');
    const approver = world.backend.as('approver');
    const [first] = (await world.backend.call('fund.project', { id })).agreement!.instalments;
    const { voucherId } = await approver.call('fund.payInstalment', {
      instalmentId: first!.id,
      date: '2026-03-12',
    });
    await world.backend.call('fund.submitVoucher', { id: voucherId });
    const other = await addApprover(world.backend);
    await other.call('fund.postVoucher', { id: voucherId });
    await expectSelfApprovalRefused(() => close(approver, id), `公益项目 ${number} 结项`);
    expect((await close(other, id)).ok).toBe(true);
  });

  it('lets the one who prepared approve under 一人岗, and keeps that it was so', async () => {
    await setSinglePersonPost(world.backend, true);
    const approver = world.backend.as('approver');
    const { id } = await approver.call('fund.applyProject', application());
    expect((await review(approver, id)).ok).toBe(true);
    expect(approvalRows(world.backend, 'fund_project', id)).toEqual([
      { step: 'review', displayName: '审核员', singlePersonPost: 1 },
    ]);
  });
});

describe('who may take each step', () => {
  it('refuses the 经办人 the review, the decision and the closing, changing nothing', async () => {
    const submitted = await projectIn('submitted');
    const reviewed = await projectIn('reviewed');
    const running = await projectIn('in_progress');
    const clerk = world.backend.as('preparer');
    const before = fingerprint(world.backend.dbPath);
    const refusals = [
      await review(clerk, submitted),
      await decide(clerk, reviewed),
      await close(clerk, running),
    ];
    expect(refusals.map((result) => !result.ok && result.error.message)).toEqual(
      Array(3).fill('测试员（经办人）不能办理此操作：须由审核人办理'),
    );
    expect(fingerprint(world.backend.dbPath)).toBe(before);
  });

  it('refuses the 管理员 entering, paying or reporting a project: 管理员 is no bypass', async () => {
    const id = await projectIn('agreed');
    const [first] = (await world.backend.call('fund.project', { id })).agreement!.instalments;
    const admin = world.backend.as('administrator');
    const before = fingerprint(world.backend.dbPath);
    const refusals = [
      await admin.send('fund.applyProject', application()),
      await admin.send('fund.payInstalment', { instalmentId: first!.id, date: '2026-03-12' }),
      await admin.send('fund.reportProject', { id, reportedOn: '2026-03-14', progress: '进展', usedFen: 0 }),
    ];
    expect(refusals.map((result) => !result.ok && result.error.message)).toEqual(
      Array(3).fill('管理员甲（管理员）不能办理此操作：须由经办人、审核人办理'),
    );
    expect(fingerprint(world.backend.dbPath)).toBe(before);
  });
});
