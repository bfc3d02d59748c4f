// The sign-in gate's decisions: which screen auth.state leads to, who goes on over a lock, and what a
// change of user forgets.
import { QueryClient } from '@tanstack/react-query';
import { describe, expect, it } from 'vitest';
import type { SignedInUser, SignInState } from '../../../shared/contract/people';
import {
  leavesLockedWork,
  resumesWork,
  stageOf,
  type Lock,
} from '../../../renderer/features/people/sign-in/gate-stage';
import { forgetSignedInData } from '../../../renderer/features/people/queries';

const clerk: SignedInUser = {
  id: 2,
  login: 'jingban',
  displayName: '李晓梅',
  role: 'preparer',
  mustChangePassword: false,
};
const state = (overrides: Partial<SignInState>): SignInState => ({
  needsFirstAdministrator: false,
  user: null,
  officeName: '示例街道办事处',
  idleMinutes: 30,
  ...overrides,
});

describe('where the sign-in gate stands', () => {
  it('asks a new ledger for its first administrator', () => {
    expect(stageOf(state({ needsFirstAdministrator: true })).stage).toBe('firstAdministrator');
  });

  it('shows the sign-in screen, with why, when nobody is signed in', () => {
    expect(stageOf(state({}), '李晓梅已退出登录')).toEqual({
      stage: 'signedOut',
      officeName: '示例街道办事处',
      notice: '李晓梅已退出登录',
    });
  });

  it('opens the ledger for the signed-in user, unlocked, with the office’s idle minutes', () => {
    expect(stageOf(state({ user: clerk, idleMinutes: 15 }))).toEqual({
      stage: 'signedIn',
      user: clerk,
      officeName: '示例街道办事处',
      idleMinutes: 15,
      lock: null,
    });
  });
});

describe('signing in over a lock', () => {
  const lock: Lock = { user: clerk, notice: '30 分钟无操作，已自动退出登录，请重新登录' };

  it('lets the same user go on where they were', () => {
    expect(resumesWork(lock, { ...clerk })).toBe(true);
    expect(resumesWork(lock, { ...clerk, id: 3, login: 'shenhe' })).toBe(false);
  });

  it('asks about unsaved input only for another login, whatever its case', () => {
    expect(leavesLockedWork(lock, ' JingBan ')).toBe(false);
    expect(leavesLockedWork(lock, 'shenhe')).toBe(true);
  });
});

describe('a change of user', () => {
  it('forgets every answer read as the previous user but keeps today', () => {
    const client = new QueryClient();
    client.setQueryData(['calendar', 'today'], { date: '2026-12-02', year: 2026 });
    client.setQueryData(['funding', 'year', 2026], { status: 'draft' });
    client.setQueryData(['people', 'users'], []);
    client.setQueryData(['calendar', 'list', 2026], []);
    forgetSignedInData(client);
    expect(
      client
        .getQueryCache()
        .getAll()
        .map((query) => query.queryKey),
    ).toEqual([['calendar', 'today']]);
  });
});
