// 制单与审核分离 on a work-access request: whoever registered or corrected it cannot review it or record its
// decision, unless the office works 一人岗, and the 审批表 names who kept each step.
import { describe, expect, it } from 'vitest';
import { fingerprint, type TestCaller } from '../../fixtures/backend';
import { accessRequestInput } from '../../fixtures/builders';
import {
  addApprover,
  approvalRows,
  pdfPageCount,
  pdfText,
  separationRefusal,
  setSinglePersonPost,
  singlePersonPostMark,
} from '../../fixtures/separation';
import { backend, century, decision } from './access-world';

const requestNo = '准入〔2026〕1号';
const reviewWhat = `街道审核准入申请 ${requestNo}`;
const decideWhat = `登记准入申请 ${requestNo} 的决定`;

async function submitAs(by: TestCaller): Promise<number> {
  return (await by.call('access.submit', accessRequestInput([century.id]))).id;
}

const review = (by: TestCaller, id: number) =>
  by.send('access.review', { id, opinion: '同意报区领导小组审批' });
const decide = (by: TestCaller, id: number) => by.send('access.decide', { id, approved: true, ...decision });

/** The step is refused with the separation's sentence, and the database file is as it was. */
async function expectRefused(step: () => ReturnType<typeof review>, what: string): Promise<void> {
  const before = fingerprint(backend.dbPath);
  const refused = await step();
  expect(!refused.ok && refused.error).toMatchObject({
    code: 'conflict',
    message: separationRefusal(what, '审核员'),
  });
  expect(fingerprint(backend.dbPath)).toBe(before);
}

async function formText(id: number): Promise<string> {
  const file = await backend.call('access.form', { id });
  expect(pdfPageCount(backend, file)).toBe(1);
  return pdfText(backend, file);
}

describe('the review of a request', () => {
  it('refuses the 审核人 who registered it, changing nothing, and lets another 审核人 review', async () => {
    const approver = backend.as('approver');
    const id = await submitAs(approver);
    await expectRefused(() => review(approver, id), reviewWhat);
    expect((await backend.call('access.get', { id })).status).toBe('submitted');

    const other = await addApprover(backend);
    expect((await review(other, id)).ok).toBe(true);
    expect(approvalRows(backend, 'access_request', id)).toEqual([
      { step: 'review', displayName: '王建国', singlePersonPost: 0 },
    ]);
  });

  it('refuses the 审核人 who only corrected a request the 经办人 registered', async () => {
    const approver = backend.as('approver');
    const id = await submitAs(backend);
    await approver.call('access.update', {
      id,
      ...accessRequestInput([century.id], { title: '协助开展控烟宣传' }),
    });
    await expectRefused(() => review(approver, id), reviewWhat);
  });
});

describe('recording the decision', () => {
  it('refuses the 审核人 who registered the request, though another reviewed it', async () => {
    const approver = backend.as('approver');
    const other = await addApprover(backend);
    const id = await submitAs(approver);
    expect((await review(other, id)).ok).toBe(true);
    await expectRefused(() => decide(approver, id), decideWhat);
    expect((await backend.call('access.get', { id })).status).toBe('reviewed');

    expect((await decide(other, id)).ok).toBe(true);
    expect(approvalRows(backend, 'access_request', id)).toEqual([
      { step: 'review', displayName: '王建国', singlePersonPost: 0 },
      { step: 'decide', displayName: '王建国', singlePersonPost: 0 },
    ]);
  });

  it('leaves revocation and withdrawal to the workflow alone: the one who registered may do either', async () => {
    const approver = backend.as('approver');
    const other = await addApprover(backend);
    const admitted = await submitAs(approver);
    await review(other, admitted);
    await decide(other, admitted);
    expect(
      (await approver.send('access.revoke', { id: admitted, date: '2026-03-14', reason: '事项已划归网格员' }))
        .ok,
    ).toBe(true);
    const withdrawn = await submitAs(approver);
    expect((await approver.send('access.withdraw', { id: withdrawn, reason: '申请单位已另行安排' })).ok).toBe(
      true,
    );
  });
});

describe('the names on the 审批表', () => {
  it('names the 经办人 and the 审核人 in the sub-district box and the decision’s 登记人, without the mark', async () => {
    const other = await addApprover(backend);
    const id = await submitAs(backend);
    await review(backend.as('approver'), id);
    await decide(other, id);
    const text = await formText(id);
    expect(text).toContain('街道办事处意见（盖章）经办人：测试员审核人：审核员负责人签字：');
    expect(text).toContain('决定日期：2026年3月12日登记人：王建国');
    expect(text).not.toContain(singlePersonPostMark);
  });

  it('leaves the lines blank for a request kept before users signed in', async () => {
    const id = await submitAs(backend);
    // A ledger from before migration 0009 has no preparer rows.
    backend.context.db.prepare('DELETE FROM record_preparer').run();
    const text = await formText(id);
    expect(text).toContain('街道办事处意见（盖章）经办人：审核人：负责人签字：');
    expect(text).not.toContain('登记人');
  });
});

describe('一人岗', () => {
  it('lets the one who registered the request review it and record its decision, marking both signatures', async () => {
    await setSinglePersonPost(backend, true);
    const approver = backend.as('approver');
    const id = await submitAs(approver);
    expect((await review(approver, id)).ok).toBe(true);
    expect((await decide(approver, id)).ok).toBe(true);
    expect(approvalRows(backend, 'access_request', id)).toEqual([
      { step: 'review', displayName: '审核员', singlePersonPost: 1 },
      { step: 'decide', displayName: '审核员', singlePersonPost: 1 },
    ]);
    const text = await formText(id);
    expect(text).toContain(`经办人：审核员审核人：审核员（${singlePersonPostMark}）`);
    expect(text).toContain(`登记人：审核员（${singlePersonPostMark}）`);
  });
});
