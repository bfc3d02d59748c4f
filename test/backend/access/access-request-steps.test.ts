// Work-access requests after they are registered: corrected or withdrawn before review, steps out of
// order, and what the register keeps in the database.
import { describe, expect, it } from 'vitest';
import {
  accessActions,
  accessStates,
  nextState,
  type AccessState,
} from '../../../shared/features/access/access-workflow';
import { fingerprint } from '../../fixtures/backend';
import { accessRequestInput, communityInput } from '../../fixtures/builders';
import { backend, century, phoenix, newAsia, act, requestIn } from './access-world';

describe('correcting or withdrawing a request before its review', () => {
  it('corrects what a submitted request says and where it applies, keeping its number, with an audit row', async () => {
    const id = await requestIn('submitted', [century.id, phoenix.id]);
    const corrected = await backend.call('access.update', {
      id,
      ...accessRequestInput([phoenix.id, newAsia.id], {
        title: '协助开展食品安全入户宣传',
        fundingFen: null,
      }),
    });
    expect(corrected).toMatchObject({
      id,
      requestNo: '准入〔2026〕1号',
      status: 'submitted',
      title: '协助开展食品安全入户宣传',
      fundingFen: null,
      communities: [
        { id: phoenix.id, name: '凤凰山' },
        { id: newAsia.id, name: '新亚洲体育城' },
      ],
      submittedBy: '测试员',
    });
    expect(await backend.call('access.get', { id })).toEqual(corrected);
    const audit = await backend.call('audit.list', { entity: 'access_request', action: 'update' });
    expect(audit.rows).toHaveLength(1);
    expect(audit.rows[0]).toMatchObject({
      entityId: id,
      summary:
        '修改准入申请 准入〔2026〕1号「协助开展食品安全入户宣传」（官渡区市场监督管理局，适用 2 个社区）',
      before: expect.objectContaining({ title: '协助开展食品安全宣传' }),
      after: expect.objectContaining({ title: '协助开展食品安全入户宣传' }),
    });
  });

  it('checks a correction as it checks a registration, changing nothing when refused', async () => {
    const id = await requestIn('submitted');
    const before = fingerprint(backend.dbPath);
    const blank = await backend.send('access.update', {
      id,
      ...accessRequestInput([century.id], { title: ' ' }),
    });
    expect(!blank.ok && blank.error).toMatchObject({ code: 'invalid_input', field: 'title' });
    expect(!blank.ok && blank.error.message).toMatch(/^事项名称：/);
    const future = await backend.send('access.update', {
      id,
      ...accessRequestInput([century.id], { submittedDate: '2026-03-16' }),
    });
    expect(!future.ok && future.error).toMatchObject({
      field: 'submittedDate',
      message: '申请日期：不能晚于今天（2026-03-15）',
    });
    const none = await backend.send('access.update', { id, ...accessRequestInput([]) });
    expect(!none.ok && none.error.message).toBe('适用社区：至少选择一个社区');
    expect(fingerprint(backend.dbPath)).toBe(before);
  });

  it('withdraws a submitted request with its reason, keeps it in the register, and audits it', async () => {
    const id = await requestIn('submitted');
    const withdrawn = await backend.call('access.withdraw', { id, reason: '申请单位已另行安排' });
    expect(withdrawn).toMatchObject({
      status: 'withdrawn',
      withdrawal: { reason: '申请单位已另行安排', withdrawnBy: '测试员' },
      review: null,
    });
    expect((await backend.call('access.list', { status: 'withdrawn' })).map((r) => r.id)).toEqual([id]);
    const audit = await backend.call('audit.list', { entity: 'access_request', action: 'withdraw' });
    expect(audit.rows.map((row) => row.summary)).toEqual([
      '撤回准入申请 准入〔2026〕1号「协助开展食品安全宣传」，理由：申请单位已另行安排',
    ]);
    // Numbering goes on after a withdrawn request: it is never removed.
    const next = await backend.call('access.submit', accessRequestInput([century.id]));
    expect(next.requestNo).toBe('准入〔2026〕2号');
  });

  it('takes a withdrawal reason of several lines, as its text area allows', async () => {
    const id = await requestIn('submitted');
    const reason = '申请单位来函撤回。\n另行安排专人办理。';
    const withdrawn = await backend.call('access.withdraw', { id, reason });
    expect(withdrawn.withdrawal?.reason).toBe(reason);
  });

  it('refuses a withdrawal without a reason, naming the field', async () => {
    const id = await requestIn('submitted');
    const result = await backend.send('access.withdraw', { id, reason: '' });
    expect(!result.ok && result.error).toMatchObject({ field: 'reason', message: '撤回理由：不能为空' });
    expect((await backend.call('access.get', { id })).status).toBe('submitted');
  });
});

describe('steps out of order', () => {
  const illegal = accessStates.flatMap((state) =>
    accessActions.filter((action) => !nextState(state, action).ok).map((action) => [state, action] as const),
  );

  it('covers the thirty illegal pairs', () => {
    expect(illegal).toHaveLength(30);
  });

  it('refuses every illegal step through the channels with its message, changing nothing', async () => {
    const ids = {} as Record<AccessState, number>;
    for (const state of accessStates) ids[state] = await requestIn(state);
    const before = fingerprint(backend.dbPath);
    for (const [state, action] of illegal) {
      const reason = (nextState(state, action) as { reason: string }).reason;
      expect(await act(ids[state], action), `${action} from ${state}`).toEqual({
        ok: false,
        error: { code: 'conflict', message: reason },
      });
    }
    expect(fingerprint(backend.dbPath)).toBe(before);
    for (const state of accessStates)
      expect((await backend.call('access.get', { id: ids[state] })).status).toBe(state);
  });
});

describe('the register in the database', () => {
  it('lets a request move only one legal step, keeping what was recorded', async () => {
    const submitted = await requestIn('submitted');
    const approved = await requestIn('approved');
    const run =
      (sql: string, ...params: unknown[]) =>
      () =>
        backend.db.prepare(sql).run(...params);
    const skip = `UPDATE access_request SET status = 'approved', decision = 'approved', decision_no = 'x', decision_date = '2026-03-12',
      decided_by = 'x', decided_at = 'x', review_opinion = 'x', reviewed_by = 'x', reviewed_at = 'x' WHERE id = ?`;
    expect(run(skip, submitted)).toThrow(/one workflow step/);
    // Before the review the content may be corrected, but never its number or who registered it.
    expect(run("UPDATE access_request SET submitted_by = '别人' WHERE id = ?", submitted)).toThrow(
      /immutable/,
    );
    expect(run('UPDATE access_request SET request_seq = 9 WHERE id = ?', submitted)).toThrow(/immutable/);
    // Breaks both rules (no step taken, content changed): either trigger may be the one to refuse it.
    expect(run("UPDATE access_request SET title = '改名' WHERE id = ?", approved)).toThrow(
      /one workflow step|immutable/,
    );
    const reviewed = await requestIn('reviewed');
    expect(run("UPDATE access_request SET title = '改名' WHERE id = ?", reviewed)).toThrow(
      /one workflow step|immutable/,
    );
    expect(run('DELETE FROM access_request_community WHERE request_id = ?', reviewed)).toThrow(/fixed/);
    const withdrawn = await requestIn('withdrawn');
    expect(run("UPDATE access_request SET title = '改名' WHERE id = ?", withdrawn)).toThrow(
      /one workflow step|immutable/,
    );
    expect(run("UPDATE access_request SET status = 'withdrawn' WHERE id = ?", submitted)).toThrow(/CHECK/);
    expect(
      run(
        "UPDATE access_request SET status = 'revoked', revoked_date = '2026-03-14', revoke_reason = 'x', revoked_by = 'x', revoked_at = 'x', decision_no = '改' WHERE id = ?",
        approved,
      ),
    ).toThrow(/immutable/);
    expect(run("UPDATE access_request SET status = 'revoked' WHERE id = ?", approved)).toThrow(/CHECK/);
    expect(run('DELETE FROM access_request WHERE id = ?', submitted)).toThrow(/never deleted/);
    expect(run('DELETE FROM access_request_community WHERE request_id = ?', approved)).toThrow(/fixed/);
    expect(
      run(
        'INSERT INTO access_request_community (request_id, community_id) VALUES (?, ?)',
        approved,
        newAsia.id,
      ),
    ).toThrow(/fixed/);
  });

  it('refuses a gap in the year’s numbers', async () => {
    await requestIn('submitted');
    const insert = `INSERT INTO access_request (request_year, request_seq, status, requesting_department, title, content, reason,
      requested_start_date, submitted_date, submitted_by, submitted_at)
      VALUES (2026, 3, 'submitted', '局', '事项', '内容', '理由', '2026-04-01', '2026-03-10', 'x', 'x')`;
    expect(() => backend.db.prepare(insert).run()).toThrow(/without gaps/);
  });

  it('keeps a community named in a request from being deleted', async () => {
    const lone = await backend.call('communities.create', communityInput({ name: '螺蛳湾国际商贸城' }));
    await requestIn('submitted', [lone.id]);
    const result = await backend.send('communities.delete', { id: lone.id });
    expect(!result.ok && result.error.message).toBe(
      '社区“螺蛳湾国际商贸城”已有院落、年度情况或准入申请记录，不能删除，只能归档',
    );
  });
});
