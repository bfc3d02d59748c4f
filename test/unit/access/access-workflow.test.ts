import { describe, expect, it } from 'vitest';
import {
  accessActions,
  accessStates,
  allowedActions,
  nextState,
  type AccessAction,
  type AccessState,
  type NextState,
} from '../../../shared/features/access/access-workflow';

const reviewFirst = '须先经街道审核，才能由区领导小组决定';
const alreadyReviewed = '该申请已审核，不能重复审核';
const notAdmitted = '该申请尚未获准入，不能撤销';
const noEdit = '该申请已审核，不能再修改';
const noWithdraw = '该申请已审核，不能再撤回';
const withdrawnNoDecision = '该申请已撤回，不能再作决定';
const to = (state: AccessState): NextState => ({ ok: true, state });
const refused = (reason: string): NextState => ({ ok: false, reason });

// Every (state, action) pair, written out: the workflow of the issue, and each refusal's sentence.
const expected: Record<AccessState, Record<AccessAction, NextState>> = {
  submitted: {
    review: to('reviewed'),
    approve: refused(reviewFirst),
    reject: refused(reviewFirst),
    revoke: refused(notAdmitted),
    edit: to('submitted'),
    withdraw: to('withdrawn'),
  },
  reviewed: {
    review: refused(alreadyReviewed),
    approve: to('approved'),
    reject: to('rejected'),
    revoke: refused(notAdmitted),
    edit: refused(noEdit),
    withdraw: refused(noWithdraw),
  },
  approved: {
    review: refused(alreadyReviewed),
    approve: refused('区领导小组已作出决定（准予准入），不能重复决定'),
    reject: refused('区领导小组已作出决定（准予准入），不能重复决定；如需停止该事项，请撤销准入'),
    revoke: to('revoked'),
    edit: refused(noEdit),
    withdraw: refused(noWithdraw),
  },
  rejected: {
    review: refused(alreadyReviewed),
    approve: refused('区领导小组已作出决定（不予准入），不能重复决定；如需重新申请，请提交新的准入申请'),
    reject: refused('区领导小组已作出决定（不予准入），不能重复决定'),
    revoke: refused('该申请未获准入，没有可撤销的准入事项'),
    edit: refused(noEdit),
    withdraw: refused(noWithdraw),
  },
  revoked: {
    review: refused(alreadyReviewed),
    approve: refused('该事项已撤销准入，不能再作决定；如需重新纳入，请提交新的准入申请'),
    reject: refused('该事项已撤销准入，不能再作决定'),
    revoke: refused('该事项已撤销准入，不能重复撤销'),
    edit: refused(noEdit),
    withdraw: refused(noWithdraw),
  },
  withdrawn: {
    review: refused('该申请已撤回，不能审核'),
    approve: refused(withdrawnNoDecision),
    reject: refused(withdrawnNoDecision),
    revoke: refused('该申请已撤回，没有可撤销的准入事项'),
    edit: refused('该申请已撤回，不能再修改；如需重新申请，请提交新的准入申请'),
    withdraw: refused('该申请已撤回，不能重复撤回'),
  },
};

const pairs = accessStates.flatMap((state) => accessActions.map((action) => [state, action] as const));

describe('the work-access workflow', () => {
  it('covers all 36 pairs of state and action', () => {
    expect(pairs).toHaveLength(36);
  });

  it.each(pairs)('from %s, %s gives what the workflow says', (state, action) => {
    expect(nextState(state, action)).toEqual(expected[state][action]);
  });

  it('refuses every step it does not allow with a Chinese sentence', () => {
    for (const [state, action] of pairs) {
      const result = nextState(state, action);
      if (!result.ok) expect(result.reason).toMatch(/^[\u4e00-\u9fff]/);
    }
  });

  it('never lets the district decide before the sub-district has reviewed', () => {
    expect(nextState('submitted', 'approve')).toEqual(refused(reviewFirst));
    expect(nextState('submitted', 'reject')).toEqual(refused(reviewFirst));
  });

  it('admits only through review then approval, and revokes only what was admitted', () => {
    let state: AccessState = 'submitted';
    for (const action of ['review', 'approve', 'revoke'] as const) {
      const result = nextState(state, action);
      if (!result.ok) throw new Error(result.reason);
      state = result.state;
    }
    expect(state).toBe('revoked');
  });

  it('ends in rejected, revoked and withdrawn: nothing further is allowed', () => {
    expect(allowedActions('rejected')).toEqual([]);
    expect(allowedActions('revoked')).toEqual([]);
    expect(allowedActions('withdrawn')).toEqual([]);
  });

  it('lets a request be corrected or withdrawn only until it is reviewed', () => {
    expect(nextState('submitted', 'edit')).toEqual(to('submitted'));
    expect(nextState('submitted', 'withdraw')).toEqual(to('withdrawn'));
    for (const state of accessStates.filter((state) => state !== 'submitted')) {
      expect(nextState(state, 'edit').ok, `edit from ${state}`).toBe(false);
      expect(nextState(state, 'withdraw').ok, `withdraw from ${state}`).toBe(false);
    }
  });

  it('lists the allowed actions of each open state in workflow order', () => {
    expect(allowedActions('submitted')).toEqual(['review', 'edit', 'withdraw']);
    expect(allowedActions('reviewed')).toEqual(['approve', 'reject']);
    expect(allowedActions('approved')).toEqual(['revoke']);
  });
});
