// The demo's sample users, one of each role. Their passwords are drawn at random and printed once;
// LEDGER_DEMO_PASSWORD fixes them instead (the end-to-end tests sign in with it).
import crypto from 'node:crypto';
import { userRoleLabels, type UserRole } from '../../shared/contract/roles';
import type { OpenedBackend } from '../backend/api/create-backend';
import { actingAs, call, signInAs } from './open-backend';
import { sessionCaller } from '../backend/api/caller';

export interface DemoUser {
  login: string;
  displayName: string;
  role: UserRole;
}

export const demoUsers = {
  administrator: { login: 'admin', displayName: '赵敏', role: 'administrator' },
  preparer: { login: 'jingban', displayName: '李晓梅', role: 'preparer' },
  approver: { login: 'shenhe', displayName: '王建国', role: 'approver' },
} as const satisfies Record<string, DemoUser>;

/** The backend as each demo user: the demo's entries are made by the role that would make them. */
export interface DemoPeople {
  administrator: OpenedBackend;
  preparer: OpenedBackend;
  approver: OpenedBackend;
  passwords: Record<keyof typeof demoUsers, string>;
}

function drawPassword(): string {
  return crypto.randomBytes(9).toString('base64url');
}

export async function createDemoPeople(backend: OpenedBackend): Promise<DemoPeople> {
  const fixed = process.env.LEDGER_DEMO_PASSWORD;
  const passwords = {
    administrator: fixed || drawPassword(),
    preparer: fixed || drawPassword(),
    approver: fixed || drawPassword(),
  };
  const setUpCaller = sessionCaller('demo:set-up');
  const { administrator, preparer, approver } = demoUsers;
  await call(
    backend,
    'auth.setUp',
    { login: administrator.login, displayName: administrator.displayName, password: passwords.administrator },
    setUpCaller,
  );
  for (const [key, user] of [
    ['preparer', preparer],
    ['approver', approver],
  ] as const) {
    await call(
      backend,
      'users.create',
      { ...user, password: passwords[key], mustChangePassword: false },
      setUpCaller,
    );
  }
  return {
    administrator: actingAs(backend, setUpCaller),
    preparer: actingAs(backend, await signInAs(backend, preparer.login, passwords.preparer)),
    approver: actingAs(backend, await signInAs(backend, approver.login, passwords.approver)),
    passwords,
  };
}

const roleLabel = (role: UserRole) => userRoleLabels[role];

/** The lines `cli demo` prints: each user once, with the password. */
export function demoPeopleLines(people: DemoPeople): string[] {
  const fixed = Boolean(process.env.LEDGER_DEMO_PASSWORD);
  return (Object.keys(demoUsers) as (keyof typeof demoUsers)[]).map((key) => {
    const user = demoUsers[key];
    const password = fixed ? '（LEDGER_DEMO_PASSWORD 的值）' : people.passwords[key];
    return `  ${user.displayName}（${roleLabel(user.role)}）  登录名 ${user.login}  密码 ${password}`;
  });
}
