import { describe, expect, it } from 'vitest';
import {
  accessActions,
  accessStates,
  allowedActions,
  nextState,
  type AccessAction,
  type AccessState,
  type NextState,
} from '../../shared/domain/access-workflow';

const reviewFirst = '须先经街道审核，才能由区领导小组决定';
const alreadyReviewed = '该申请已审核，不能重复审核';
const notAdmitted = '该申请尚未获准入，不能撤销';
const to = (state: AccessState): NextState => ({ ok: true, state });
const refused = (reason: string): NextState => ({ ok: false, reason });

// Every (state, action) pair, written out: the workflow of the issue, and each refusal's sentence.
const expected: Record<AccessState, Record<AccessAction, NextState>> = {
  submitted: {
    review: to('reviewed'),
    approve: refused(reviewFirst),
    reject: refused(reviewFirst),
    revoke: refused(notAdmitted),
  },
  reviewed: {
    review: refused(alreadyReviewed),
    approve: to('approved'),
    reject: to('rejected'),
    revoke: refused(notAdmitted),
  },
  approved: {
    review: refused(alreadyReviewed),
    approve: refused('区领导小组已作出决定（准予准入），不能重复决定'),
    reject: refused('区领导小组已作出决定（准予准入），不能重复决定；如需停止该事项，请撤销准入'),
    revoke: to('revoked'),
  },
  rejected: {
    review: refused(alreadyReviewed),
    approve: refused('区领导小组已作出决定（不予准入），不能重复决定；如需重新申请，请提交新的准入申请'),
    reject: refused('区领导小组已作出决定（不予准入），不能重复决定'),
    revoke: refused('该申请未获准入，没有可撤销的准入事项'),
  },
  revoked: {
    review: refused(alreadyReviewed),
    approve: refused('该事项已撤销准入，不能再作决定；如需重新纳入，请提交新的准入申请'),
    reject: refused('该事项已撤销准入，不能再作决定'),
    revoke: refused('该事项已撤销准入，不能重复撤销'),
  },
};

const pairs = accessStates.flatMap((state) => accessActions.map((action) => [state, action] as const));

describe('the work-access workflow', () => {
  it('covers all 20 pairs of state and action', () => {
    expect(pairs).toHaveLength(20);
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

  it('ends in rejected and revoked: nothing further is allowed', () => {
    expect(allowedActions('rejected')).toEqual([]);
    expect(allowedActions('revoked')).toEqual([]);
  });

  it('lists the allowed actions of each open state in workflow order', () => {
    expect(allowedActions('submitted')).toEqual(['review']);
    expect(allowedActions('reviewed')).toEqual(['approve', 'reject']);
    expect(allowedActions('approved')).toEqual(['revoke']);
  });
});
