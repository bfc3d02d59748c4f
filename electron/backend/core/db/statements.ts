// Prepared statements kept per connection, for the few written on every change (the audit row and its
// chain): preparing costs as much as running them. Keyed by the connection, so a closed one is let go.
import type Database from 'better-sqlite3';
import type { Db } from './connection';

const cache = new WeakMap<Db, Map<string, Database.Statement>>();

export function cachedStatement(db: Db, sql: string): Database.Statement {
  let statements = cache.get(db);
  if (!statements) cache.set(db, (statements = new Map()));
  let statement = statements.get(sql);
  if (!statement) statements.set(sql, (statement = db.prepare(sql)));
  return statement;
}
