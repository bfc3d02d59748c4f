// Queries of contract_settings (one row) and contract_indicator (the office's evaluation template).
import type { ContractSettings } from '../../../../shared/features/contracts/contract';
import type { Db } from '../../core/db/connection';

interface SettingsDbRow {
  checkMaxAgeDays: number;
  excellent: number;
  good: number;
  fair: number;
  poor: number;
}

export function selectContractSettings(db: Db): ContractSettings {
  const row = db
    .prepare(
      `SELECT check_max_age_days AS checkMaxAgeDays, excellent_percent AS excellent, good_percent AS good,
         fair_percent AS fair, poor_percent AS poor
       FROM contract_settings WHERE id = 1`,
    )
    .get() as SettingsDbRow;
  const indicators = db
    .prepare('SELECT name, weight, guidance FROM contract_indicator ORDER BY position')
    .all() as ContractSettings['indicators'];
  const { checkMaxAgeDays, ...coefficients } = row;
  return { checkMaxAgeDays, indicators, coefficients };
}

/** Writes the row and replaces the template: the positions follow the order given. */
export function writeContractSettings(db: Db, settings: ContractSettings): void {
  const { coefficients: c } = settings;
  db.prepare(
    `UPDATE contract_settings SET check_max_age_days = ?, excellent_percent = ?, good_percent = ?,
       fair_percent = ?, poor_percent = ? WHERE id = 1`,
  ).run(settings.checkMaxAgeDays, c.excellent, c.good, c.fair, c.poor);
  db.prepare('DELETE FROM contract_indicator').run();
  const insert = db.prepare(
    'INSERT INTO contract_indicator (position, name, weight, guidance) VALUES (?, ?, ?, ?)',
  );
  settings.indicators.forEach((indicator, i) =>
    insert.run(i + 1, indicator.name, indicator.weight, indicator.guidance),
  );
}
