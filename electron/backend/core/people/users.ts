// Queries of app_user: the users, their hashes and their sign-in counters.
import type { SignedInUser, UserSummary } from '../../../../shared/contract/people';
import type { UserRole } from '../../../../shared/contract/roles';
import type { Db } from '../db/connection';

interface UserRow {
  id: number;
  login: string;
  display_name: string;
  role: UserRole;
  active: number;
  password_hash: string;
  must_change_password: number;
  failed_attempts: number;
  locked_until: string | null;
  created_at: string;
  last_sign_in_at: string | null;
}

export interface StoredUser extends UserSummary {
  passwordHash: string;
  failedAttempts: number;
}

function toStoredUser(row: UserRow): StoredUser {
  return {
    id: row.id,
    login: row.login,
    displayName: row.display_name,
    role: row.role,
    active: row.active === 1,
    lockedUntil: row.locked_until,
    mustChangePassword: row.must_change_password === 1,
    createdAt: row.created_at,
    lastSignInAt: row.last_sign_in_at,
    passwordHash: row.password_hash,
    failedAttempts: row.failed_attempts,
  };
}

/** What the screens see of a user: never the hash or the counter. */
export function summaryOf(user: StoredUser): UserSummary {
  const { passwordHash: _hash, failedAttempts: _attempts, ...summary } = user;
  return summary;
}

export function signedInUserOf(user: StoredUser): SignedInUser {
  return {
    id: user.id,
    login: user.login,
    displayName: user.displayName,
    role: user.role,
    mustChangePassword: user.mustChangePassword,
  };
}

export function countUsers(db: Db): number {
  return (db.prepare('SELECT count(*) AS n FROM app_user').get() as { n: number }).n;
}

export function findUserById(db: Db, id: number): StoredUser | null {
  const row = db.prepare('SELECT * FROM app_user WHERE id = ?').get(id) as UserRow | undefined;
  return row ? toStoredUser(row) : null;
}

export function findUserByLogin(db: Db, login: string): StoredUser | null {
  const row = db.prepare('SELECT * FROM app_user WHERE login = ?').get(login) as UserRow | undefined;
  return row ? toStoredUser(row) : null;
}

export function listUsers(db: Db): StoredUser[] {
  const rows = db.prepare('SELECT * FROM app_user ORDER BY active DESC, role, login').all() as UserRow[];
  return rows.map(toStoredUser);
}

export function insertUser(
  db: Db,
  user: {
    login: string;
    displayName: string;
    role: UserRole;
    passwordHash: string;
    mustChangePassword: boolean;
    createdAt: string;
  },
): number {
  return Number(
    db
      .prepare(
        `INSERT INTO app_user (login, display_name, role, password_hash, must_change_password, created_at)
         VALUES (@login, @displayName, @role, @passwordHash, @mustChange, @createdAt)`,
      )
      .run({ ...user, mustChange: user.mustChangePassword ? 1 : 0 }).lastInsertRowid,
  );
}

export function updateUserProfile(db: Db, id: number, displayName: string, role: UserRole): void {
  db.prepare('UPDATE app_user SET display_name = ?, role = ? WHERE id = ?').run(displayName, role, id);
}

export function setUserActive(db: Db, id: number, active: boolean): void {
  // Enabling again also lifts a lockout: an administrator has looked at the account.
  db.prepare('UPDATE app_user SET active = ?, failed_attempts = 0, locked_until = NULL WHERE id = ?').run(
    active ? 1 : 0,
    id,
  );
}

export function setPasswordHash(db: Db, id: number, passwordHash: string, mustChange: boolean): void {
  db.prepare(
    `UPDATE app_user SET password_hash = ?, must_change_password = ?, failed_attempts = 0, locked_until = NULL
     WHERE id = ?`,
  ).run(passwordHash, mustChange ? 1 : 0, id);
}

export function recordFailedAttempt(db: Db, id: number, lockedUntil: string | null): void {
  db.prepare(
    lockedUntil === null
      ? 'UPDATE app_user SET failed_attempts = failed_attempts + 1 WHERE id = @id'
      : 'UPDATE app_user SET failed_attempts = 0, locked_until = @lockedUntil WHERE id = @id',
  ).run({ id, lockedUntil });
}

export function recordSignIn(db: Db, id: number, at: string): void {
  db.prepare(
    'UPDATE app_user SET failed_attempts = 0, locked_until = NULL, last_sign_in_at = ? WHERE id = ?',
  ).run(at, id);
}

export function countActiveAdministrators(db: Db): number {
  return (
    db.prepare("SELECT count(*) AS n FROM app_user WHERE role = 'administrator' AND active = 1").get() as {
      n: number;
    }
  ).n;
}
