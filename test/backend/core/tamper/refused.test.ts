// Raw-SQL tampering that SQLite itself refuses, even on a connection without the app's pragmas: each
// script leaves the demo ledger byte-for-byte as it was. INSERT OR REPLACE deletes the row it collides
// with; with recursive triggers off that delete fires no DELETE trigger, so migration 0013's BEFORE
// INSERT triggers are what stop it.
import { describe, it } from 'vitest';
import { useTamperedDemo } from '../../../fixtures/tamper';

const { expectRefused } = useTamperedDemo();

const replaced: [string, string][] = [
  [
    'a disbursement, at 1 fen',
    `INSERT OR REPLACE INTO disbursement (id, line_id, date, amount_fen, voucher_no, note, reverses_id, actor,
       created_at) SELECT id, line_id, date, 1, voucher_no, note, reverses_id, actor, created_at
     FROM disbursement WHERE id = 1`,
  ],
  [
    'audit row 1, forged',
    `INSERT OR REPLACE INTO audit_log (id, at, actor, user_id, action, entity, entity_id, summary, before_json,
       after_json, record_hash, row_hash) SELECT id, at, '他人', user_id, action, entity, entity_id, '伪造',
       before_json, after_json, record_hash, row_hash FROM audit_log WHERE id = 1`,
  ],
  [
    'the approved year 2025, as a draft',
    `INSERT OR REPLACE INTO allocation_year (year, status, standard_id, approved_by, approved_at, created_at)
     SELECT year, 'draft', standard_id, NULL, NULL, created_at FROM allocation_year WHERE year = 2025`,
  ],
  [
    'a published list version, as a draft',
    `INSERT OR REPLACE INTO list_version (id, kind, version_no, status, copied_from_id, created_at, updated_at)
     SELECT id, kind, version_no, 'draft', copied_from_id, created_at, updated_at FROM list_version
     WHERE id = (SELECT max(id) FROM list_version WHERE status = 'published')`,
  ],
  [
    'an approved allocation line, on its year, community and category',
    `INSERT OR REPLACE INTO allocation_line (year, community_id, category, households_basis, computed_fen,
       amount_fen, override_reason, breakdown, party_organisations, created_at, updated_at)
     SELECT year, community_id, category, households_basis, computed_fen, 1, '改', breakdown,
       party_organisations, created_at, updated_at FROM allocation_line WHERE year = 2025 LIMIT 1`,
  ],
  [
    'a posted fund voucher line, at 1 fen',
    `INSERT OR REPLACE INTO fund_voucher_line (id, voucher_id, line_no, account_id, designation_id, summary,
       debit_fen, credit_fen, voucher_date) SELECT id, voucher_id, line_no, account_id, designation_id, summary,
       CASE WHEN debit_fen <> 0 THEN 1 ELSE 0 END, CASE WHEN credit_fen <> 0 THEN 1 ELSE 0 END, voucher_date
     FROM fund_voucher_line WHERE id = 1`,
  ],
  [
    'a posted fund voucher, as a draft',
    `INSERT OR REPLACE INTO fund_voucher (id, kind, state, voucher_date, summary, created_at, created_by)
     SELECT id, kind, 'draft', voucher_date, summary, created_at, created_by FROM fund_voucher WHERE id = 1`,
  ],
  [
    'a paid contract payment, at 1 fen',
    `INSERT OR REPLACE INTO contract_payment (id, contract_id, instalment_seq, payment_year, payment_seq, date,
       amount_fen, voucher_no, note, status, requested_by, requested_at, decided_by, decided_at)
     SELECT id, contract_id, instalment_seq, payment_year, payment_seq, date, 1, voucher_no, note, status,
       requested_by, requested_at, decided_by, decided_at FROM contract_payment WHERE id = 1`,
  ],
  [
    'a closed period, as reopened',
    `INSERT OR REPLACE INTO closed_period (id, ledger, period_start, period_end, closed_at, closed_by, checksum,
       reopened_at, reopened_by, reopen_reason) SELECT id, ledger, period_start, period_end, closed_at,
       closed_by, checksum, 'x', 'x', 'x' FROM closed_period WHERE id = 1`,
  ],
  [
    'an approval signature, by another user',
    `INSERT OR REPLACE INTO record_approval (id, record, record_id, step, user_id, at, single_person_post)
     SELECT id, record, record_id, step, (SELECT min(id) FROM app_user), at, 1 FROM record_approval
     WHERE id = 1`,
  ],
  [
    "the administrator's account, with another password",
    `INSERT OR REPLACE INTO app_user (id, login, display_name, role, active, password_hash,
       must_change_password, failed_attempts, created_at) SELECT id, login, display_name, role, active, 'x', 0, 0,
       created_at FROM app_user WHERE id = 1`,
  ],
  [
    'a decided access request, back to submitted',
    `INSERT OR REPLACE INTO access_request (id, request_year, request_seq, status, requesting_department, title,
       content, legal_basis, reason, requested_start_date, submitted_date, documents_json, submitted_by,
       submitted_at) SELECT id, request_year, request_seq, 'submitted', requesting_department, title, content,
       legal_basis, reason, requested_start_date, submitted_date, documents_json, submitted_by, submitted_at
     FROM access_request WHERE status = 'approved'`,
  ],
  [
    'a migration record',
    `INSERT OR REPLACE INTO schema_migrations (version, name, checksum, applied_at, recorded_at)
     SELECT version, name, 'x', applied_at, recorded_at FROM schema_migrations WHERE version = 1`,
  ],
];

const changed: [string, string, RegExp][] = [
  ["an audit row's summary", "UPDATE audit_log SET summary = '改' WHERE id = 5", /append-only/],
  ["an audit row's hash cleared", 'UPDATE audit_log SET row_hash = NULL WHERE id = 5', /append-only/],
  ['the last audit row', 'DELETE FROM audit_log WHERE id = (SELECT max(id) FROM audit_log)', /append-only/],
  [
    "a posted fund voucher line's amount",
    'UPDATE fund_voucher_line SET debit_fen = 1 WHERE id = 1',
    /never change/,
  ],
  ["a disbursement's amount", 'UPDATE disbursement SET amount_fen = 1 WHERE id = 1', /append-only/],
  ['a disbursement', 'DELETE FROM disbursement WHERE id = 1', /append-only/],
  [
    'the approved year, to draft',
    "UPDATE allocation_year SET status = 'draft' WHERE year = 2025",
    /immutable/,
  ],
  ['a published list version', "DELETE FROM list_version WHERE status = 'published'", /immutable/],
];

describe('raw SQL that SQLite refuses without the app', () => {
  it.each(replaced)('INSERT OR REPLACE over %s', (_name, sql) => {
    expectRefused(sql, /INSERT OR REPLACE over it is refused/);
  });

  it.each(changed)('UPDATE or DELETE of %s', (_name, sql, message) => {
    expectRefused(sql, message);
  });
});
