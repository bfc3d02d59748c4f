// Signing in on a real SQLite file: a wrong password refused and audited, the lockout after
// lockoutAttempts tries and its end lockoutMinutes later, a disabled user refused, the first
// administrator set up once, and the idle sign-out.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { sessionCaller } from '../../../electron/backend/api/caller';
import { lockoutAttempts, lockoutMinutes } from '../../../shared/contract/people';
import {
  callerOf,
  fixedNow,
  openEmptyTestBackend,
  openTestBackend,
  testPassword,
  testUsers,
  type TestBackend,
  type TestCaller,
} from '../../fixtures/backend';
import { communityInput } from '../../fixtures/builders';

let backend: TestBackend;
let now: Date;
/** A window nobody has signed in at yet. */
let door: TestCaller;
const minutes = (count: number) => new Date(now.getTime() + count * 60_000);
const clerk = testUsers.preparer;

beforeEach(async () => {
  now = fixedNow;
  backend = await openTestBackend({ clock: () => now });
  door = callerOf(backend, sessionCaller('test:door'));
});
afterEach(() => backend.dispose());

const signIn = (password: string, login: string = clerk.login) =>
  door.send('auth.signIn', { login, password });
const wrongPassword = { code: 'unauthenticated', message: '登录名或密码不正确', field: 'password' };
const clerkId = () =>
  (backend.db.prepare('SELECT id FROM app_user WHERE login = ?').get(clerk.login) as { id: number }).id;
const auditOf = (action: string) =>
  backend.db
    .prepare(
      "SELECT entity_id AS entityId, summary FROM audit_log WHERE entity = 'user' AND action = ? ORDER BY id",
    )
    .all(action) as { entityId: number | null; summary: string }[];

describe('a wrong password', () => {
  it('is refused with one message for a wrong password and an unknown login, each audited', async () => {
    expect(await signIn('wrong-password')).toEqual({ ok: false, error: wrongPassword });
    expect(await signIn(testPassword, 'nobody')).toEqual({ ok: false, error: wrongPassword });
    expect(auditOf('sign_in_failed')).toEqual([
      { entityId: clerkId(), summary: `登录失败：${clerk.login} 密码不正确` },
      { entityId: null, summary: '登录失败：登录名不存在' },
    ]);
    expect((await door.call('auth.state', {})).user).toBeNull();
  });

  it('signs in with the right one, the login in any case, naming the user', async () => {
    const user = await door.call('auth.signIn', { login: clerk.login.toUpperCase(), password: testPassword });
    expect(user).toMatchObject({ login: clerk.login, displayName: clerk.displayName, role: 'preparer' });
    expect((await door.call('auth.state', {})).user?.displayName).toBe(clerk.displayName);
    expect(auditOf('sign_in').at(-1)).toEqual({
      entityId: clerkId(),
      summary: `登录：${clerk.displayName}（${clerk.login}）`,
    });
  });
});

describe('the lockout', () => {
  const lockMessage = `密码连续输错 ${lockoutAttempts} 次，账户已锁定至 09:45，请稍后再试或请管理员解锁`;

  it(`locks the account at the ${lockoutAttempts}th wrong try, refusing even the right password until it ends`, async () => {
    for (let attempt = 1; attempt < lockoutAttempts; attempt += 1) {
      expect(await signIn(`wrong-${attempt}`)).toEqual({ ok: false, error: wrongPassword });
    }
    expect(await signIn('wrong-last')).toEqual({
      ok: false,
      error: { code: 'unauthenticated', message: lockMessage, field: 'password' },
    });
    expect(auditOf('lock')).toHaveLength(1);
    expect(await signIn(testPassword)).toMatchObject({ ok: false, error: { message: lockMessage } });
    now = minutes(lockoutMinutes - 1);
    expect(await signIn(testPassword)).toMatchObject({ ok: false, error: { message: lockMessage } });
    now = minutes(2);
    expect(await signIn(testPassword)).toMatchObject({ ok: true, data: { login: clerk.login } });
  });

  it('counts tries verified side by side: the account still locks at the limit', async () => {
    const tries = Array.from({ length: lockoutAttempts }, (_, index) => signIn(`wrong-${index}`));
    await Promise.all(tries);
    expect(await signIn(testPassword)).toMatchObject({ ok: false, error: { message: lockMessage } });
  });

  it('starts counting again after a right password', async () => {
    for (let attempt = 1; attempt < lockoutAttempts; attempt += 1) await signIn(`wrong-${attempt}`);
    expect((await signIn(testPassword)).ok).toBe(true);
    expect(await signIn('wrong-again')).toEqual({ ok: false, error: wrongPassword });
  });
});

describe('a disabled user', () => {
  it('is signed out at once and refused even with the right password', async () => {
    await backend.as('administrator').call('users.setActive', { id: clerkId(), active: false });
    // The window is told why once, then it is simply signed out.
    expect(await backend.send('communities.list', { search: '', status: 'all' })).toEqual({
      ok: false,
      error: { code: 'unauthenticated', message: '该账户已被管理员停用，请联系管理员' },
    });
    expect(await backend.send('communities.list', { search: '', status: 'all' })).toEqual({
      ok: false,
      error: { code: 'unauthenticated', message: '请先登录' },
    });
    expect(await signIn(testPassword)).toEqual({
      ok: false,
      error: { code: 'unauthenticated', message: '该账户已停用，请联系管理员', field: 'login' },
    });
    // A wrong password says nothing of the account.
    expect(await signIn('wrong-password')).toEqual({ ok: false, error: wrongPassword });
    await backend.as('administrator').call('users.setActive', { id: clerkId(), active: true });
    expect((await signIn(testPassword)).ok).toBe(true);
  });
});

describe('the first administrator', () => {
  it('is set up once, on a ledger without users, and signed in', async () => {
    const empty = await openEmptyTestBackend();
    try {
      const first = callerOf(empty, sessionCaller('test:first'));
      expect(await first.call('auth.state', {})).toMatchObject({ needsFirstAdministrator: true, user: null });
      const admin = { login: 'zhao', displayName: '赵敏', password: 'first-password' };
      expect(await first.call('auth.setUp', admin)).toMatchObject({
        role: 'administrator',
        displayName: '赵敏',
      });
      expect(await first.call('auth.state', {})).toMatchObject({
        needsFirstAdministrator: false,
        user: { login: 'zhao' },
      });
      const other = callerOf(empty, sessionCaller('test:other'));
      expect(await other.send('auth.setUp', { ...admin, login: 'qian' })).toEqual({
        ok: false,
        error: { code: 'conflict', message: '首次设置：本台账已有用户，请直接登录' },
      });
      const users = empty.db.prepare('SELECT login, role FROM app_user').all();
      expect(users).toEqual([{ login: 'zhao', role: 'administrator' }]);
    } finally {
      empty.dispose();
    }
  });

  it('is refused on a ledger that has users', async () => {
    const result = await door.send('auth.setUp', {
      login: 'late',
      displayName: '迟到',
      password: 'late-password',
    });
    expect(!result.ok && result.error.code).toBe('conflict');
  });
});

describe('the idle sign-out', () => {
  const idle = {
    ok: false,
    error: { code: 'unauthenticated', message: '长时间无操作，已自动退出登录，请重新登录' },
  };
  const list = () => backend.send('communities.list', { search: '', status: 'all' });

  it('signs out a session unused for more than idleMinutes, then asks to sign in', async () => {
    now = minutes(31);
    expect(await list()).toEqual(idle);
    expect(await list()).toEqual({ ok: false, error: { code: 'unauthenticated', message: '请先登录' } });
  });

  it('keeps a session that keeps working, counting from its last call', async () => {
    now = minutes(20);
    expect((await list()).ok).toBe(true);
    now = minutes(20);
    expect((await list()).ok).toBe(true);
    now = minutes(31);
    expect(await list()).toEqual(idle);
  });

  it('does not count the sign-in screen’s own calls as working', async () => {
    now = minutes(20);
    expect((await backend.call('auth.state', {})).user?.login).toBe(clerk.login);
    now = minutes(11);
    expect(await list()).toEqual(idle);
  });

  it('follows the idle minutes the administrator sets', async () => {
    await backend
      .as('administrator')
      .call('people.saveSettings', { singlePersonPost: false, idleMinutes: 5 });
    now = minutes(6);
    expect(await backend.send('communities.create', communityInput())).toEqual(idle);
  });
});
