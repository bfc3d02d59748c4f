import { describe, expect, it } from 'vitest';
import {
  allowedProjectActions,
  nextProjectState,
  projectActions,
  projectStates,
  type ProjectAction,
  type ProjectState,
} from '../../../shared/features/fund/projects/project-workflow';

// The steps the issue describes, written out; every pair not listed here must be refused.
const steps: Record<ProjectState, Partial<Record<ProjectAction, ProjectState>>> = {
  submitted: { edit: 'submitted', review: 'reviewed', withdraw: 'withdrawn' },
  reviewed: { approve: 'approved', reject: 'rejected', withdraw: 'withdrawn' },
  approved: { agree: 'agreed', withdraw: 'withdrawn' },
  rejected: {},
  agreed: { pay: 'in_progress', report: 'agreed', withdraw: 'withdrawn' },
  in_progress: { pay: 'in_progress', report: 'in_progress', close: 'closed' },
  closed: {},
  withdrawn: {},
};

describe('the welfare-project workflow', () => {
  for (const state of projectStates) {
    for (const action of projectActions) {
      const to = steps[state][action];
      it(`${state} × ${action} ${to ? `→ ${to}` : 'is refused'}`, () => {
        const next = nextProjectState(state, action);
        if (to) {
          expect(next).toEqual({ ok: true, state: to });
        } else {
          expect(next.ok).toBe(false);
          // A refusal is a sentence in Chinese the clerk can act on, never a code.
          if (!next.ok) expect(next.reason).toMatch(/^该项目|^须先|^管委会/u);
        }
      });
    }
  }

  it('pays nothing once the project is closed, refused or withdrawn', () => {
    expect(nextProjectState('closed', 'pay')).toEqual({
      ok: false,
      reason: '该项目已结项，不能再拨付任何款项',
    });
    for (const state of ['rejected', 'withdrawn', 'submitted', 'reviewed', 'approved'] as const) {
      expect(nextProjectState(state, 'pay').ok).toBe(false);
    }
  });

  it('refuses everything once ended, saying why it ended, and a new application after a refusal', () => {
    const why = { rejected: '管委会已决定不予资助', closed: '该项目已结项', withdrawn: '该项目已撤回' };
    for (const [state, reason] of Object.entries(why) as [ProjectState, string][]) {
      for (const action of projectActions) {
        const next = nextProjectState(state, action);
        expect(next.ok ? 'allowed' : next.reason, `${state} × ${action}`).toMatch(
          new RegExp(`^${reason}，`, 'u'),
        );
      }
    }
    expect(nextProjectState('rejected', 'approve')).toEqual({
      ok: false,
      reason: '管委会已决定不予资助，不能再作决定；如需重新申请，请提交新的项目申请',
    });
    expect(nextProjectState('withdrawn', 'withdraw')).toEqual({
      ok: false,
      reason: '该项目已撤回，不能重复撤回',
    });
    expect(nextProjectState('closed', 'close')).toEqual({ ok: false, reason: '该项目已结项，不能重复结项' });
  });

  it('lets no money-drawn project be withdrawn, only closed', () => {
    expect(nextProjectState('in_progress', 'withdraw')).toEqual({
      ok: false,
      reason: '该项目已拨付款项，不能撤回；请办理结项，写明已用和退回的资金',
    });
    for (const state of projectStates)
      if (state !== 'in_progress') expect(nextProjectState(state, 'close').ok).toBe(false);
  });

  it('lists the buttons in workflow order', () => {
    expect(allowedProjectActions('submitted')).toEqual(['edit', 'review', 'withdraw']);
    expect(allowedProjectActions('in_progress')).toEqual(['pay', 'report', 'close']);
    expect(allowedProjectActions('closed')).toEqual([]);
  });
});
