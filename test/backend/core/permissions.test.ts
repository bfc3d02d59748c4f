// Every channel called as every role, as nobody and as the file holder, against the roles its declaration
// names. Generated from channelNames: a channel added later is covered without editing this file. The
// input is `{}`: a refusal by role comes before the input is read, so an admitted caller gets anything
// but 'forbidden' or 'unauthenticated' (most often invalid_input), and a refused one learns nothing else.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fileHolder, sessionCaller, type Caller } from '../../../electron/backend/api/caller';
import { channels, channelNames, rolesOf, type ChannelName } from '../../../shared/contract/channels';
import type { Result } from '../../../shared/contract';
import {
  admits,
  rolesText,
  userRoleLabels,
  userRoles,
  withoutSignIn,
  type UserRole,
} from '../../../shared/contract/roles';
import {
  callerOf,
  fingerprint,
  openTestBackend,
  testPassword,
  testUsers,
  type TestBackend,
} from '../../fixtures/backend';
import { communityInput, officeSettingsInput } from '../../fixtures/builders';

let backend: TestBackend;
beforeAll(async () => {
  backend = await openTestBackend();
});
afterAll(() => backend.dispose());

/** A session of its own for each call: an admitted auth.signOut must not sign out the next row. */
let sessions = 0;
async function signedIn(role: UserRole): Promise<Caller> {
  const caller = sessionCaller(`matrix:${role}:${(sessions += 1)}`);
  await callerOf(backend, caller).call('auth.signIn', {
    login: testUsers[role].login,
    password: testPassword,
  });
  return caller;
}

const call = (channel: ChannelName, caller: Caller) => backend.dispatch(channel, {}, caller);
const codeOf = (result: Result<unknown>) => (result.ok ? 'ok' : result.error.code);
const refusals = ['forbidden', 'unauthenticated'];

function expectAdmitted(channel: ChannelName, result: Result<unknown>) {
  expect(refusals, `${channel}: ${JSON.stringify(result)}`).not.toContain(codeOf(result));
  expect(codeOf(result), channel).not.toBe('internal');
}

const rows = channelNames.map((name) => [name] as [ChannelName]);

describe.each(userRoles.map((role) => [userRoleLabels[role], role] as const))('as %s', (_label, role) => {
  it.each(rows)('%s answers as its roles declare', async (channel) => {
    const result = await call(channel, await signedIn(role));
    const roles = rolesOf(channel);
    if (admits(roles, role)) return expectAdmitted(channel, result);
    const user = testUsers[role];
    expect(result).toEqual({
      ok: false,
      error: {
        code: 'forbidden',
        message: `${user.displayName}（${userRoleLabels[role]}）不能办理此操作：须由${rolesText(roles as readonly UserRole[])}办理`,
      },
    });
  });
});

describe('as nobody (a window nobody signed in at)', () => {
  it.each(rows)('%s answers as its roles declare', async (channel) => {
    const result = await call(channel, sessionCaller(`matrix:nobody:${(sessions += 1)}`));
    if (rolesOf(channel) === withoutSignIn) return expectAdmitted(channel, result);
    expect(result).toEqual({ ok: false, error: { code: 'unauthenticated', message: '请先登录' } });
  });
});

describe('as the file holder (the CLI reading or printing the file)', () => {
  it.each(rows)('%s: a read or a file is admitted, a command refused', async (channel) => {
    const result = await call(channel, fileHolder);
    if (channels[channel].kind !== 'command') return expectAdmitted(channel, result);
    expect(result).toEqual({
      ok: false,
      error: {
        code: 'unauthenticated',
        message: '此操作会改动台账，须以用户身份登录后办理（命令行请加 --user 登录名）',
      },
    });
  });
});

/** The matrix signs in hundreds of sessions; the store keeps the 64 latest, so the test users' own
 * sessions were dropped and they sign in again. */
describe('as a user whose password was reset', () => {
  it('may only replace it, sign out or see the sign-in screen', async () => {
    await backend.signInAgain();
    const fresh = await backend.as('administrator').call('users.create', {
      login: 'reset-me',
      displayName: '待改密',
      role: 'approver',
      password: 'temporary-1',
      mustChangePassword: true,
    });
    for (const channel of channelNames) {
      const caller = sessionCaller(`matrix:reset:${(sessions += 1)}`);
      await callerOf(backend, caller).call('auth.signIn', { login: fresh.login, password: 'temporary-1' });
      const result = await call(channel, caller);
      if (rolesOf(channel) === withoutSignIn || channel === 'auth.changePassword')
        expectAdmitted(channel, result);
      else expect(codeOf(result), channel).toBe('forbidden');
    }
  });
});

describe('a refused call', () => {
  it('changes nothing in the file, whatever its input', async () => {
    const preparer = await signedIn('preparer');
    const nobody = sessionCaller('matrix:nobody-writes');
    const before = fingerprint(backend.dbPath);
    const refused = [
      await backend.dispatch('office.update', officeSettingsInput(), preparer),
      await backend.dispatch('communities.create', communityInput(), nobody),
      await backend.dispatch('communities.create', communityInput(), fileHolder),
      await backend.dispatch(
        'users.create',
        { login: 'sneaky', displayName: '越权', role: 'administrator', password: 'sneaky-password' },
        preparer,
      ),
    ];
    expect(refused.map(codeOf)).toEqual(['forbidden', 'unauthenticated', 'unauthenticated', 'forbidden']);
    expect(fingerprint(backend.dbPath)).toBe(before);
  });
});

describe('the audit log', () => {
  it('names the signed-in user of each role who made a change: display name and id', async () => {
    await backend.signInAgain();
    const idOf = (role: UserRole) =>
      (
        backend.db.prepare('SELECT id FROM app_user WHERE login = ?').get(testUsers[role].login) as {
          id: number;
        }
      ).id;
    const byPreparer = await backend.call('communities.create', communityInput({ name: '经办社区' }));
    const byApprover = await backend
      .as('approver')
      .call('communities.create', communityInput({ name: '审核社区' }));
    await backend.as('administrator').call('office.update', officeSettingsInput());
    const row = (where: string, ...params: unknown[]) =>
      backend.db
        .prepare(`SELECT actor, user_id AS userId FROM audit_log WHERE ${where} ORDER BY id DESC LIMIT 1`)
        .get(...params);
    expect(row("entity = 'community' AND entity_id = ?", byPreparer.id)).toEqual({
      actor: testUsers.preparer.displayName,
      userId: idOf('preparer'),
    });
    expect(row("entity = 'community' AND entity_id = ?", byApprover.id)).toEqual({
      actor: testUsers.approver.displayName,
      userId: idOf('approver'),
    });
    expect(row("entity = 'office'")).toEqual({
      actor: testUsers.administrator.displayName,
      userId: idOf('administrator'),
    });
  });
});
