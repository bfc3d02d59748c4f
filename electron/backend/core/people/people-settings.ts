// Queries of people_settings: a single row (id = 1), absent until an administrator first saves it.
import { idleMinutesDefault, type PeopleSettings } from '../../../../shared/contract/people';
import type { Db } from '../db/connection';

export function getPeopleSettings(db: Db): PeopleSettings {
  const row = db
    .prepare('SELECT single_person_post, idle_minutes FROM people_settings WHERE id = 1')
    .get() as { single_person_post: number; idle_minutes: number } | undefined;
  if (!row) return { singlePersonPost: false, idleMinutes: idleMinutesDefault };
  return { singlePersonPost: row.single_person_post === 1, idleMinutes: row.idle_minutes };
}

export function savePeopleSettings(db: Db, settings: PeopleSettings, now: string): void {
  db.prepare(
    `INSERT INTO people_settings (id, single_person_post, idle_minutes, updated_at)
     VALUES (1, @single, @idleMinutes, @now)
     ON CONFLICT (id) DO UPDATE SET single_person_post = excluded.single_person_post,
       idle_minutes = excluded.idle_minutes, updated_at = excluded.updated_at`,
  ).run({ single: settings.singlePersonPost ? 1 : 0, idleMinutes: settings.idleMinutes, now });
}
