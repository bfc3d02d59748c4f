// An approved year is a snapshot: its screens and documents show the households and the standard it was
// approved with, whatever the register and the standards say afterwards.
import ExcelJS from 'exceljs';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../../../electron/backend/core/db/connection';
import { loadMigrations, migrate } from '../../../electron/backend/core/db/migrate';
import { checkIntegrity } from '../../../electron/backend/api/integrity';
import {
  summaryFirstDataRow,
  summarySheetName,
} from '../../../electron/backend/funding/documents/annual-report-summary-sheet';
import { fingerprint, makeTempDir, openTestBackend, type TestBackend } from '../../fixtures/backend';
import { communityWithHouseholds, officeSettingsInput, profileInput } from '../../fixtures/builders';
import { poppler } from '../../fixtures/poppler';

const yuan = (value: number) => value * 100;
let backend: TestBackend;
beforeEach(async () => {
  backend = await openTestBackend();
  await backend.as('administrator').call('office.update', officeSettingsInput());
});
afterEach(() => backend.dispose());

const approvedHouseholds = { self_governed: 2_300, public_unit: 420, property_managed: 26_050 };

/** 世纪城 with 28,770 households, its 2025 allocation computed and approved. */
async function approved2025() {
  const century = await communityWithHouseholds(backend, '世纪城', approvedHouseholds, { year: 2025 });
  await backend.call('funding.compute', { year: 2025 });
  await backend.call('funding.setPartyBuilding', {
    year: 2025,
    communityId: century.id,
    amountFen: yuan(20_000),
    organisations: '社区党委',
  });
  await backend.as('approver').call('funding.approve', { year: 2025 });
  return century;
}

/** The register changes after approval: 世纪城 now has a single household in one courtyard. */
async function editRegister(century: Awaited<ReturnType<typeof approved2025>>) {
  await backend.call(
    'profiles.save',
    profileInput(century.id, {
      year: 2025,
      totalHouseholds: 1,
      courtyardHouseholds: century.courtyards.map((courtyard, index) => ({
        courtyardId: courtyard.id,
        households: index === 0 ? 1 : 0,
      })),
    }),
  );
}

async function noticeText(year: number): Promise<string> {
  const file = await backend.call('funding.notice', {
    year,
    startDate: '2026-03-16',
    workingDays: 5,
    issueDate: '2026-03-16',
  });
  const pdf = path.join(backend.dir, `notice-${year}.pdf`);
  fs.writeFileSync(pdf, Buffer.from(file.bytes));
  return poppler('pdftotext', ['-layout', pdf, '-']).replace(/\s+/gu, '');
}

describe('an approved year keeps the standard it was approved with', () => {
  it('refuses to edit a standard an approved year used, says why and changes nothing', async () => {
    await approved2025();
    const standard = (await backend.call('standards.list', {}))[0]!;
    expect(standard.approvedYears).toEqual([2025]);
    const before = fingerprint(backend.dbPath);
    const refused = await backend
      .as('administrator')
      .send('standards.save', { ...standard, basicBaseFen: yuan(500_000) });
    expect(!refused.ok && refused.error).toMatchObject({ code: 'conflict', field: 'effectiveYear' });
    expect(!refused.ok && refused.error.message).toContain('已用于已审批的 2025 年核定，不能再修改');
    expect(!refused.ok && refused.error.message).toContain('新增一个起始年度晚于 2025 年的新版本');
    expect(fingerprint(backend.dbPath)).toBe(before);
    expect(() =>
      backend.db.prepare('UPDATE funding_standard SET basic_base_fen = 1 WHERE id = ?').run(standard.id),
    ).toThrow(/immutable/);
    // INSERT OR REPLACE would delete the row without its DELETE trigger: refused by id and by year.
    const replace = (id: number | null) =>
      backend.db
        .prepare(
          `INSERT OR REPLACE INTO funding_standard SELECT ?, effective_year, basic_min_households,
             basic_base_max_households, 1, basic_block_households, basic_block_fen, part_block_rule,
             rate_self_governed_fen, rate_public_unit_fen, rate_property_managed_fen, secretary_uplift_percent,
             note, created_at, updated_at FROM funding_standard WHERE id = ?`,
        )
        .run(id, standard.id);
    expect(() => replace(standard.id)).toThrow(/immutable/);
    expect(() => replace(null)).toThrow(/immutable/);
    expect(fingerprint(backend.dbPath)).toBe(before);
  });

  it('accepts a new, later version, and the approved year still shows the version it was approved with', async () => {
    await approved2025();
    const standard = (await backend.call('standards.list', {}))[0]!;
    await backend
      .as('administrator')
      .call('standards.save', { ...standard, effectiveYear: 2025, basicBaseFen: yuan(500_000) });
    const year = await backend.call('funding.year', { year: 2025 });
    expect(year.standard).toMatchObject({
      id: standard.id,
      effectiveYear: 2020,
      basicBaseFen: yuan(300_000),
    });
  });
});

describe('an approved year keeps the households it was approved with', () => {
  it('shows the approved households on the year and community pages, and what the register says now', async () => {
    const century = await approved2025();
    await editRegister(century);
    const year = await backend.call('funding.year', { year: 2025 });
    const row = year.rows.find((candidate) => candidate.communityId === century.id)!;
    expect(row.totalHouseholds).toBe(28_770);
    expect(row.householdsByType).toEqual(approvedHouseholds);
    expect(row.registerNow).toEqual({
      totalHouseholds: 1,
      householdsByType: { self_governed: 1, public_unit: 0, property_managed: 0 },
    });
    const page = await backend.call('funding.community', { year: 2025, communityId: century.id });
    expect(page.row).toMatchObject({ totalHouseholds: 28_770, registerNow: { totalHouseholds: 1 } });
  });

  it('shows no difference while the register still matches the approved basis', async () => {
    const century = await approved2025();
    const year = await backend.call('funding.year', { year: 2025 });
    expect(year.rows.find((row) => row.communityId === century.id)!.registerNow).toBeNull();
  });

  it('prints the approved households in the annual report and the notice', async () => {
    const century = await approved2025();
    await editRegister(century);
    const file = await backend.call('funding.annualReport', { year: 2025 });
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(file.bytes) as never);
    const sheet = workbook.getWorksheet(summarySheetName)!;
    const households = [3, 4, 5, 6].map((column) => sheet.getCell(summaryFirstDataRow, column).value);
    expect(households).toEqual([28_770, 2_300, 420, 26_050]);
    const basis = String(sheet.getCell(summaryFirstDataRow + 2, 1).value);
    expect(basis).toContain('核定依据：审批时2020年起执行的经费标准，基本办公经费10,000—20,000户30万元');
    expect(basis).toContain('（按整万户计）');
    expect(basis).toContain('户数为审批时的登记户数');
    const text = await noticeText(2025);
    expect(text).toContain('该社区现有居民28,770户');
    expect(text).toContain('（2020年起执行）');
  });

  it('refuses approval when the register changed after computing, until the year is computed again', async () => {
    const century = await communityWithHouseholds(backend, '世纪城', approvedHouseholds, { year: 2025 });
    await backend.call('funding.compute', { year: 2025 });
    await backend.call('funding.setPartyBuilding', {
      year: 2025,
      communityId: century.id,
      amountFen: 0,
      organisations: '社区党委',
    });
    await editRegister(century);
    const refused = await backend.as('approver').send('funding.approve', { year: 2025 });
    expect(!refused.ok && refused.error.message).toContain('请先重新测算再审批');
    expect((await backend.call('funding.year', { year: 2025 })).status).toBe('draft');
  });

  it('keeps the basis append-only: no update, no delete, no insert once approved', async () => {
    const century = await approved2025();
    for (const sql of [
      'UPDATE approved_households SET total_households = 1',
      'DELETE FROM approved_households',
      'UPDATE approved_standard SET basic_base_fen = 1',
      'DELETE FROM approved_standard',
    ]) {
      expect(() => backend.db.prepare(sql).run(), sql).toThrow(/immutable/);
    }
    expect(() =>
      backend.db
        .prepare('INSERT INTO approved_households VALUES (2025, ?, 1, 1, 0, 0, 0)')
        .run(century.id + 1000),
    ).toThrow(/only while/);
  });
});

describe('years approved before the basis was kept', () => {
  it('get a basis from what the database holds when it is migrated', async () => {
    const dir = makeTempDir();
    try {
      const db = openDatabase(path.join(dir, 'old.sqlite'));
      const migrations = loadMigrations();
      await migrate(db, migrations.slice(0, 3));
      const now = '2025-03-01T09:00:00+08:00';
      db.prepare(
        `INSERT INTO community (id, name, code, address, floor_area_m2, is_pilot, status, created_at, updated_at)
         VALUES (1, '世纪城', '', '', 1200, 1, 'active', ?, ?)`,
      ).run(now, now);
      db.prepare(
        `INSERT INTO courtyard (id, community_id, name, type, status, created_at, updated_at)
         VALUES (1, 1, '金源小区', 'property_managed', 'active', ?, ?)`,
      ).run(now, now);
      db.prepare(
        `INSERT INTO community_profile (id, community_id, year, total_households, social_workers, committee_directors,
           committee_deputies, committee_members, director_name, secretary_is_director, created_at, updated_at)
         VALUES (1, 1, 2025, 12000, 4, 1, 2, 6, '李建华', 1, ?, ?)`,
      ).run(now, now);
      db.prepare(
        'INSERT INTO courtyard_households (profile_id, courtyard_id, households) VALUES (1, 1, 11000)',
      ).run();
      db.prepare(
        `INSERT INTO allocation_year (year, status, standard_id, created_at) VALUES (2025, 'draft', 1, ?)`,
      ).run(now);
      db.prepare(
        `INSERT INTO allocation_line (year, community_id, category, households_basis, computed_fen, amount_fen,
           breakdown, created_at, updated_at) VALUES (2025, 1, 'basic_office', 11800, 30000000, 30000000, '', ?, ?)`,
      ).run(now, now);
      db.prepare(
        "UPDATE allocation_year SET status = 'approved', approved_by = '审核人', approved_at = ? WHERE year = 2025",
      ).run(now);
      await migrate(db, migrations);
      expect(
        db.prepare('SELECT standard_id, effective_year, frozen_at FROM approved_standard').all(),
      ).toEqual([{ standard_id: 1, effective_year: 2020, frozen_at: now }]);
      expect(db.prepare('SELECT * FROM approved_households').all()).toEqual([
        {
          year: 2025,
          community_id: 1,
          total_households: 11_800,
          self_governed: 0,
          public_unit: 0,
          property_managed: 11_000,
          secretary_is_director: 1,
        },
      ]);
      db.close();
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('cli check on the approved basis', () => {
  it('passes an approved year whose basis is whole', async () => {
    await approved2025();
    expect(checkIntegrity(backend.db).findings).toEqual([]);
  });

  it('names a basis removed or changed behind the app’s back', async () => {
    const century = await approved2025();
    // Only raw SQL with the triggers dropped can do this.
    backend.db.exec('DROP TRIGGER approved_households_no_update; DROP TRIGGER approved_standard_no_delete');
    backend.db
      .prepare('UPDATE approved_households SET total_households = 1 WHERE year = 2025 AND community_id = ?')
      .run(century.id);
    expect(checkIntegrity(backend.db).findings).toEqual([
      '保护数据的触发器 approved_standard_no_delete 不存在：它被删除过，受它保护的记录可能已被改动',
      '保护数据的触发器 approved_households_no_update 不存在：它被删除过，受它保护的记录可能已被改动',
      '2025 年社区“世纪城”审批依据的户数 1 与核定时的户数 28770 不一致',
    ]);
    backend.db.exec('DELETE FROM approved_standard WHERE year = 2025');
    expect(checkIntegrity(backend.db).findings).toContain('2025 年已审批，但没有审批时的经费标准依据');
  });
});
