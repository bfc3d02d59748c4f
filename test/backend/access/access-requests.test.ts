import { describe, expect, it } from 'vitest';
import { accessRequestInput } from '../../fixtures/builders';
import { backend, century, phoenix, newAsia, decision, requestIn } from './access-world';

describe('registering a work-access request', () => {
  it('numbers requests per year without gaps and records what was asked', async () => {
    const first = await backend.call('access.submit', accessRequestInput([century.id, phoenix.id]));
    const second = await backend.call(
      'access.submit',
      accessRequestInput([newAsia.id], { fundingFen: null, staffCount: 2 }),
    );
    expect([first.requestNo, second.requestNo]).toEqual(['准入〔2026〕1号', '准入〔2026〕2号']);
    expect(first).toMatchObject({
      status: 'submitted',
      requestingDepartment: '官渡区市场监督管理局',
      // In pinyin order, as the register lists communities: fènghuángshān before shìjìchéng.
      communities: [
        { id: phoenix.id, name: '凤凰山' },
        { id: century.id, name: '世纪城' },
      ],
      fundingFen: 600_000,
      staffCount: null,
      documents: ['关于将食品安全宣传纳入社区工作事项的函'],
      submittedBy: '测试员',
      review: null,
      decision: null,
      revocation: null,
    });
    expect(second).toMatchObject({ fundingFen: null, staffCount: 2 });
    const audit = await backend.call('audit.list', { entity: 'access_request' });
    expect(audit.rows[0]).toMatchObject({ action: 'submit', entityId: second.id });
    expect(audit.rows[1]!.summary).toBe(
      '登记准入申请 准入〔2026〕1号：协助开展食品安全宣传（官渡区市场监督管理局，适用 2 个社区，随事转经费 6,000.00 元、人员不随事转）',
    );
  });

  it('refuses an archived or unknown community, a repeated one and a future application date', async () => {
    await backend.call('communities.archive', { id: newAsia.id });
    const archived = await backend.send('access.submit', accessRequestInput([newAsia.id]));
    expect(!archived.ok && archived.error).toMatchObject({
      field: 'communityIds',
      message: '适用社区：社区“新亚洲体育城”已归档，不能再适用新的工作事项',
    });
    const unknown = await backend.send('access.submit', accessRequestInput([9999]));
    expect(!unknown.ok && unknown.error.message).toBe('适用社区：编号 9999 的社区不存在或已被删除');
    const repeated = await backend.send('access.submit', accessRequestInput([century.id, century.id]));
    expect(!repeated.ok && repeated.error.message).toBe('适用社区：同一社区选择了两次');
    const future = await backend.send(
      'access.submit',
      accessRequestInput([century.id], { submittedDate: '2026-03-16' }),
    );
    expect(!future.ok && future.error).toMatchObject({
      field: 'submittedDate',
      message: '申请日期：不能晚于今天（2026-03-15）',
    });
    const zero = await backend.send('access.submit', accessRequestInput([century.id], { fundingFen: 0 }));
    expect(!zero.ok && zero.error).toMatchObject({ field: 'fundingFen', message: '随事转经费：不能为 0' });
    expect((await backend.call('access.list', {})).length).toBe(0);
  });
});

describe('the way to the catalogue (准入目录)', () => {
  it('admits an approved item to the catalogue of exactly its communities, citing the decision', async () => {
    const id = await requestIn('reviewed');
    const approved = await backend.as('approver').call('access.decide', { id, approved: true, ...decision });
    expect(approved).toMatchObject({
      status: 'approved',
      review: { opinion: '同意报区领导小组审批', reviewedBy: '审核员' },
      decision: {
        approved: true,
        decisionNo: '官和社领〔2026〕3号',
        decisionDate: '2026-03-12',
        decidedBy: '审核员',
      },
    });
    for (const community of [century, phoenix]) {
      const catalogue = await backend.call('access.catalogue', { communityId: community.id });
      expect(catalogue).toEqual([
        expect.objectContaining({
          requestId: id,
          requestNo: '准入〔2026〕1号',
          title: '协助开展食品安全宣传',
          decisionNo: '官和社领〔2026〕3号',
          decisionDate: '2026-03-12',
        }),
      ]);
    }
    expect(await backend.call('access.catalogue', { communityId: newAsia.id })).toEqual([]);
    expect((await backend.call('access.catalogue', {})).map((entry) => entry.requestId)).toEqual([id]);
  });

  it('takes a revoked item out of the catalogue and keeps the revocation on the request', async () => {
    const id = await requestIn('approved');
    const revoked = await backend.as('approver').call('access.revoke', {
      id,
      date: '2026-03-14',
      reason: '事项已划归网格员',
    });
    expect(revoked).toMatchObject({
      status: 'revoked',
      revocation: { date: '2026-03-14', reason: '事项已划归网格员' },
      decision: { approved: true },
    });
    expect(await backend.call('access.catalogue', { communityId: century.id })).toEqual([]);
  });

  it('never puts a rejected item in the catalogue', async () => {
    const id = await requestIn('rejected');
    expect((await backend.call('access.get', { id })).decision).toMatchObject({ approved: false });
    expect(await backend.call('access.catalogue', {})).toEqual([]);
  });

  it('audits every step, in order', async () => {
    const id = await requestIn('revoked');
    const rows = (await backend.call('audit.list', { entity: 'access_request' })).rows.filter(
      (row) => row.entityId === id,
    );
    expect(rows.map((row) => row.action)).toEqual(['revoke', 'decide', 'review', 'submit']);
    expect(rows[1]!.summary).toBe(
      '区领导小组决定准入申请 准入〔2026〕1号「协助开展食品安全宣传」准予准入（官和社领〔2026〕3号，2026-03-12）',
    );
    expect(rows[1]).toMatchObject({ before: { status: 'reviewed' }, after: { status: 'approved' } });
  });

  it('refuses a decision dated before the application and a revocation before the decision', async () => {
    const reviewed = await requestIn('reviewed');
    const early = await backend.as('approver').send('access.decide', {
      id: reviewed,
      approved: true,
      decisionNo: '官和社领〔2026〕3号',
      decisionDate: '2026-03-09',
    });
    expect(!early.ok && early.error).toMatchObject({
      field: 'decisionDate',
      message: '决定日期：不能早于申请日期 2026-03-10',
    });
    const approved = await requestIn('approved');
    const revoke = await backend
      .as('approver')
      .send('access.revoke', { id: approved, date: '2026-03-11', reason: '撤销' });
    expect(!revoke.ok && revoke.error).toMatchObject({
      field: 'date',
      message: '撤销日期：不能早于准入决定日期 2026-03-12',
    });
  });

  it('finds requests by status, community and text', async () => {
    const first = await requestIn('approved', [century.id]);
    const second = await requestIn('submitted', [phoenix.id]);
    const ids = async (input: Parameters<typeof backend.call<'access.list'>>[1]) =>
      (await backend.call('access.list', input)).map((request) => request.id);
    expect(await ids({ status: 'approved' })).toEqual([first]);
    expect(await ids({ communityId: phoenix.id })).toEqual([second]);
    expect(await ids({ search: '准入〔2026〕2号' })).toEqual([second]);
    expect(await ids({ search: '官和社领' })).toEqual([first]);
    expect(await ids({})).toEqual([second, first]);
  });
});
