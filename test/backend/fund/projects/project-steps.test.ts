// Every (state, action) pair of the welfare-project workflow through the channels, on a real SQLite file:
// a step moves the project to the table's state; a refusal answers the table's sentence and changes nothing.
import { describe, expect, it } from 'vitest';
import {
  nextProjectState,
  projectActions,
  projectStates,
  type ProjectAction,
  type ProjectState,
} from '../../../../shared/features/fund/projects/project-workflow';
import { fingerprint } from '../../../fixtures/backend';
import { act, projectIn, stateOf, world } from './project-world';

const pairs = projectStates.flatMap((state) => projectActions.map((action) => [state, action] as const));
const legal = pairs.filter(([state, action]) => nextProjectState(state, action).ok);
const illegal = pairs.filter(([state, action]) => !nextProjectState(state, action).ok);

/** Before its agreement a project has no instalment, so no payment can name it: pay is not even askable. */
const withoutInstalments = new Set<ProjectState>(['submitted', 'reviewed', 'approved', 'rejected']);
const askable = ([state, action]: readonly [ProjectState, ProjectAction]) =>
  action !== 'pay' || !withoutInstalments.has(state);

describe('the steps of a welfare project', () => {
  it('covers fourteen steps and fifty-eight refusals', () => {
    expect(legal).toHaveLength(14);
    expect(illegal).toHaveLength(58);
  });

  for (const [state, action] of legal) {
    const to = (nextProjectState(state, action) as { state: ProjectState }).state;
    it(`${state} × ${action} → ${to}`, async () => {
      const id = await projectIn(state);
      const result = await act(id, action);
      expect(result.ok ? 'done' : result.error.message).toBe('done');
      const detail = await world.backend.call('fund.project', { id });
      expect(detail.state).toBe(to);
      expect(detail.allowedActions).toEqual(projectActions.filter((a) => nextProjectState(to, a).ok));
    });
  }
});

describe('steps out of order', () => {
  it('refuses every illegal step through the channels with its sentence, changing nothing', async () => {
    const ids = {} as Record<ProjectState, number>;
    for (const state of projectStates) ids[state] = await projectIn(state);
    const before = fingerprint(world.backend.dbPath);
    for (const [state, action] of illegal.filter(askable)) {
      const reason = (nextProjectState(state, action) as { reason: string }).reason;
      expect(await act(ids[state], action), `${action} from ${state}`).toEqual({
        ok: false,
        error: { code: 'conflict', message: reason },
      });
    }
    expect(fingerprint(world.backend.dbPath)).toBe(before);
    for (const state of projectStates) expect(await stateOf(ids[state])).toBe(state);
  });

  it('offers no instalment to pay before the agreement, and no pay button', async () => {
    expect(illegal.filter((pair) => !askable(pair))).toHaveLength(withoutInstalments.size);
    for (const state of withoutInstalments) {
      const detail = await world.backend.call('fund.project', { id: await projectIn(state) });
      expect(detail.agreement).toBeNull();
      expect(detail.allowedActions).not.toContain('pay');
    }
    const result = await world.backend.send('fund.payInstalment', { instalmentId: 999, date: '2026-03-12' });
    expect(!result.ok && result.error.code).toBe('not_found');
  });

  it('refuses a closed project any payment, report or second closing', async () => {
    const id = await projectIn('closed');
    const before = fingerprint(world.backend.dbPath);
    const messages = [];
    for (const action of ['pay', 'report', 'close', 'withdraw'] as const) {
      const result = await act(id, action);
      messages.push(!result.ok && result.error.message);
    }
    expect(messages).toEqual([
      '该项目已结项，不能再拨付任何款项',
      '该项目已结项，不能再报告进展',
      '该项目已结项，不能重复结项',
      '该项目已结项，不能撤回',
    ]);
    expect(fingerprint(world.backend.dbPath)).toBe(before);
  });
});
