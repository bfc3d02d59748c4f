// Queries of office_settings: a single row (id = 1), absent until the clerk first saves it.
import type { OfficeSettings } from '../../../shared/contract/office';
import type { Db } from './db/connection';

interface OfficeDbRow {
  office_name: string;
  district: string;
  contact_person: string;
  contact_phone: string;
  supervision_phone: string;
  updated_at: string;
}

export const emptyOfficeSettings: OfficeSettings = {
  officeName: '',
  district: '',
  contactPerson: '',
  contactPhone: '',
  supervisionPhone: '',
  updatedAt: null,
};

export function getOfficeSettings(db: Db): OfficeSettings {
  const row = db.prepare('SELECT * FROM office_settings WHERE id = 1').get() as OfficeDbRow | undefined;
  if (!row) return emptyOfficeSettings;
  return {
    officeName: row.office_name,
    district: row.district,
    contactPerson: row.contact_person,
    contactPhone: row.contact_phone,
    supervisionPhone: row.supervision_phone,
    updatedAt: row.updated_at,
  };
}

export function saveOfficeSettings(db: Db, settings: Omit<OfficeSettings, 'updatedAt'>, now: string): void {
  db.prepare(
    `INSERT INTO office_settings (id, office_name, district, contact_person, contact_phone, supervision_phone, updated_at)
     VALUES (1, @officeName, @district, @contactPerson, @contactPhone, @supervisionPhone, @now)
     ON CONFLICT (id) DO UPDATE SET
       office_name = excluded.office_name, district = excluded.district,
       contact_person = excluded.contact_person, contact_phone = excluded.contact_phone,
       supervision_phone = excluded.supervision_phone, updated_at = excluded.updated_at`,
  ).run({ ...settings, now });
}
