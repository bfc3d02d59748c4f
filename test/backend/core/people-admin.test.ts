// 管理员's work on the users on a real SQLite file: a reset password must be replaced before anything
// else and signs the user out everywhere; a user's own new password signs out their other windows;
// someone always stays able to administer; every change is audited.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { sessionCaller } from '../../../electron/backend/api/caller';
import {
  callerOf,
  openTestBackend,
  testPassword,
  testUsers,
  type TestBackend,
  type TestCaller,
} from '../../fixtures/backend';

let backend: TestBackend;
let admin: TestCaller;
beforeEach(async () => {
  backend = await openTestBackend();
  admin = backend.as('administrator');
});
afterEach(() => backend.dispose());

const idOf = (login: string) =>
  (backend.db.prepare('SELECT id FROM app_user WHERE login = ?').get(login) as { id: number }).id;
const list = (caller: TestCaller) => caller.send('communities.list', { search: '', status: 'all' });
const signedOut = { ok: false, error: { code: 'unauthenticated', message: '请先登录' } };

async function signedInAt(key: string, login: string, password = testPassword): Promise<TestCaller> {
  const caller = callerOf(backend, sessionCaller(key));
  await caller.call('auth.signIn', { login, password });
  return caller;
}

describe('a password reset by the administrator', () => {
  const temporary = 'temporary-pass-1';

  it('signs the user out, and must be replaced before any other call', async () => {
    const clerkId = idOf(testUsers.preparer.login);
    const summary = await admin.call('users.resetPassword', { id: clerkId, password: temporary });
    expect(summary).toMatchObject({ mustChangePassword: true });
    expect(Object.keys(summary)).not.toContain('passwordHash');
    // The window is told why once, then it is simply signed out.
    expect(await list(backend)).toEqual({
      ok: false,
      error: { code: 'unauthenticated', message: '密码已由管理员重置，请用临时密码重新登录' },
    });
    expect(await list(backend)).toEqual(signedOut);

    const clerk = await signedInAt('test:after-reset', testUsers.preparer.login, temporary);
    expect(await list(clerk)).toEqual({
      ok: false,
      error: { code: 'forbidden', message: '密码已由管理员重置：请先修改密码，再办理其他操作' },
    });
    expect((await clerk.call('auth.state', {})).user?.mustChangePassword).toBe(true);
    const changed = await clerk.call('auth.changePassword', {
      currentPassword: temporary,
      newPassword: 'my-own-password',
    });
    expect(changed.mustChangePassword).toBe(false);
    expect((await list(clerk)).ok).toBe(true);

    const door = callerOf(backend, sessionCaller('test:door'));
    expect(
      (await door.send('auth.signIn', { login: testUsers.preparer.login, password: temporary })).ok,
    ).toBe(false);
    expect(
      (await door.send('auth.signIn', { login: testUsers.preparer.login, password: testPassword })).ok,
    ).toBe(false);
  });

  it('is audited without the password', async () => {
    await admin.call('users.resetPassword', { id: idOf(testUsers.preparer.login), password: temporary });
    const rows = backend.db.prepare("SELECT * FROM audit_log WHERE action = 'reset_password'").all();
    expect(rows).toHaveLength(1);
    expect(JSON.stringify(rows)).not.toContain(temporary);
    expect(rows[0]).toMatchObject({ actor: testUsers.administrator.displayName, user_id: idOf('admin') });
  });
});

describe('a user’s own new password', () => {
  it('signs out their other windows and keeps this one', async () => {
    const here = await signedInAt('test:here', testUsers.approver.login);
    const there = await signedInAt('test:there', testUsers.approver.login);
    await here.call('auth.changePassword', {
      currentPassword: testPassword,
      newPassword: 'another-password',
    });
    expect((await list(here)).ok).toBe(true);
    expect(await list(there)).toEqual(signedOut);
    expect(await list(backend.as('approver'))).toEqual(signedOut);
  });

  it('needs the current password and a new one of its own', async () => {
    const wrong = await backend.send('auth.changePassword', {
      currentPassword: 'not-mine',
      newPassword: 'another-password',
    });
    expect(!wrong.ok && wrong.error).toEqual({
      code: 'invalid_input',
      message: '当前密码：不正确',
      field: 'currentPassword',
    });
    const same = await backend.send('auth.changePassword', {
      currentPassword: testPassword,
      newPassword: testPassword,
    });
    expect(!same.ok && same.error).toMatchObject({
      field: 'newPassword',
      message: '新密码：不能与当前密码相同',
    });
    const short = await backend.send('auth.changePassword', {
      currentPassword: testPassword,
      newPassword: 'short',
    });
    expect(!short.ok && short.error).toMatchObject({
      field: 'newPassword',
      message: '新密码：至少 8 个字符',
    });
  });
});

describe('someone always administers', () => {
  const adminId = () => idOf(testUsers.administrator.login);

  it('keeps the only active administrator in the role', async () => {
    const result = await admin.send('users.update', {
      id: adminId(),
      displayName: '管理员甲',
      role: 'approver',
    });
    expect(!result.ok && result.error).toEqual({
      code: 'conflict',
      message: '角色：管理员甲是唯一启用的管理员，请先添加另一位管理员',
    });
    await admin.call('users.create', {
      login: 'admin2',
      displayName: '管理员乙',
      role: 'administrator',
      password: 'second-admin',
      mustChangePassword: false,
    });
    expect(
      (await admin.call('users.update', { id: adminId(), displayName: '管理员甲', role: 'approver' })).role,
    ).toBe('approver');
    // The role counts at the next call: the former administrator administers no more.
    expect(await admin.send('users.list', {})).toMatchObject({ ok: false, error: { code: 'forbidden' } });
  });

  it('does not let an administrator disable themselves, the only active one included', async () => {
    const result = await admin.send('users.setActive', { id: adminId(), active: false });
    expect(!result.ok && result.error).toEqual({ code: 'conflict', message: '停用：不能停用自己的账户' });
    expect((await admin.call('users.list', {})).find((user) => user.id === adminId())?.active).toBe(true);
  });

  it('refuses a login already in use, in any case', async () => {
    const result = await admin.send('users.create', {
      login: 'CLERK',
      displayName: '重名',
      role: 'preparer',
      password: 'some-password',
      mustChangePassword: true,
    });
    expect(!result.ok && result.error).toEqual({
      code: 'conflict',
      message: '登录名：CLERK 已被使用',
      field: 'login',
    });
  });
});

describe('the users screen’s changes', () => {
  it('are audited as the administrator, never with a hash', async () => {
    const created = await admin.call('users.create', {
      login: 'newbie',
      displayName: '新同事',
      role: 'preparer',
      password: 'newbie-password',
      mustChangePassword: true,
    });
    await admin.call('users.update', { id: created.id, displayName: '新同事', role: 'approver' });
    await admin.call('users.setActive', { id: created.id, active: false });
    const rows = backend.db
      .prepare(
        "SELECT action, actor, user_id AS userId, summary, after_json AS after FROM audit_log WHERE entity = 'user' AND entity_id = ? ORDER BY id",
      )
      .all(created.id) as { action: string; actor: string; userId: number; summary: string; after: string }[];
    expect(rows.map((row) => row.action)).toEqual(['create', 'update', 'disable']);
    for (const row of rows) expect(row).toMatchObject({ actor: '管理员甲', userId: idOf('admin') });
    expect(rows[1]!.summary).toBe('修改用户：新同事（newbie），角色 经办人 → 审核人');
    expect(JSON.stringify(rows)).not.toMatch(/scrypt|newbie-password/);
  });
});
