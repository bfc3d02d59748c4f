// Who each window is signed in as. A transport names its caller with a key (the desktop window's id, the
// browser tab's session header); the store maps it to a user while the user keeps working. Kept in memory:
// closing the program signs everyone out. The user is read again on every call, so disabling an account
// or changing its role takes effect at the next click.
import type { SignedInUser } from '../../../../shared/contract/people';
import type { Db } from '../db/connection';
import { getPeopleSettings } from './people-settings';
import { findUserById, signedInUserOf } from './users';

/** Sign-ins kept at once; the longest idle is dropped beyond it (a host tab never signed out). */
const maxSessions = 64;

/** Why a key has no sign-in: never had one (or signed out), idle too long, its account disabled, its
 * password reset by 管理员, or the ledger restored from a backup (whose users may differ). */
export type SignedOutReason = 'none' | 'idle' | 'disabled' | 'reset' | 'restored';

export type SessionLookup = { user: SignedInUser } | { user: null; reason: SignedOutReason };

interface Session {
  userId: number;
  lastSeen: number;
}

export class SessionStore {
  private readonly sessions = new Map<string, Session>();
  /** Sign-ins ended by an administrator, remembered until their window next calls, so it is told why. */
  private readonly ended = new Map<string, SignedOutReason>();

  bind(key: string, userId: number, now: Date): void {
    this.sessions.delete(key);
    this.ended.delete(key);
    this.sessions.set(key, { userId, lastSeen: now.getTime() });
    while (this.sessions.size > maxSessions) {
      const oldest = [...this.sessions.entries()].sort((a, b) => a[1].lastSeen - b[1].lastSeen)[0]!;
      this.sessions.delete(oldest[0]);
    }
  }

  end(key: string): void {
    this.sessions.delete(key);
  }

  /** Ends every sign-in of a user (disabled, password reset), but the one under `keep` when given (the
   * window where the user just changed their own password). */
  endUser(userId: number, reason: SignedOutReason, keep?: string): void {
    for (const [key, session] of this.sessions) {
      if (session.userId !== userId || key === keep) continue;
      this.sessions.delete(key);
      if (reason !== 'none' && this.ended.size < maxSessions) this.ended.set(key, reason);
    }
  }

  /** Ends every sign-in (a restored ledger has its own users): each window is told why at its next call. */
  endAll(reason: SignedOutReason): void {
    for (const key of this.sessions.keys()) {
      if (this.ended.size < maxSessions) this.ended.set(key, reason);
    }
    this.sessions.clear();
  }

  /** The user signed in under `key`, refreshing their idle time when the call is `working`; an idle or
   * disabled sign-in ends here. */
  lookUp(db: Db, key: string, now: Date, working = true): SessionLookup {
    const session = this.sessions.get(key);
    if (!session) {
      const reason = this.ended.get(key) ?? 'none';
      this.ended.delete(key);
      return { user: null, reason };
    }
    const idleLimit = getPeopleSettings(db).idleMinutes * 60_000;
    if (now.getTime() - session.lastSeen > idleLimit) {
      this.sessions.delete(key);
      return { user: null, reason: 'idle' };
    }
    const user = findUserById(db, session.userId);
    if (!user || !user.active) {
      this.sessions.delete(key);
      return { user: null, reason: 'disabled' };
    }
    if (working) session.lastSeen = now.getTime();
    return { user: signedInUserOf(user) };
  }
}
