import ExcelJS from 'exceljs';
import crypto from 'node:crypto';
import fs from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { householdsTemplate as layout } from '../../../electron/backend/funding/documents/households-template.xlsx';
import { openTestBackend, type TestBackend } from '../../fixtures/backend';
import { communityWithHouseholds } from '../../fixtures/builders';

let backend: TestBackend;
beforeEach(async () => {
  backend = await openTestBackend();
  await communityWithHouseholds(
    backend,
    '世纪城',
    { self_governed: 2_300, public_unit: 420, property_managed: 26_050 },
    { year: 2025 },
  );
  await communityWithHouseholds(
    backend,
    '凤凰山',
    { self_governed: 3_100, public_unit: 260, property_managed: 8_900 },
    { year: 2025 },
  );
});
afterEach(() => backend.dispose());

async function template(year: number): Promise<ExcelJS.Workbook> {
  const file = await backend.call('funding.householdsTemplate', { year });
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(file.bytes) as never);
  return workbook;
}

/** Fills the 户数 column: each community's total row, then its courtyards, from a function of the row's names. */
function fill(
  workbook: ExcelJS.Workbook,
  households: (community: string, courtyard: string) => number | string | null,
) {
  const sheet = workbook.getWorksheet(layout.sheetName)!;
  for (let row = layout.firstDataRow; row <= sheet.rowCount; row += 1) {
    const community = String(sheet.getCell(row, layout.columns.communityName.index).value ?? '');
    const courtyard = String(sheet.getCell(row, layout.columns.courtyardName.index).value ?? '');
    if (community === '') continue;
    sheet.getCell(row, layout.columns.households.index).value = households(community, courtyard);
  }
}

async function importWorkbook(workbook: ExcelJS.Workbook, year = 2026) {
  const base64 = Buffer.from(await workbook.xlsx.writeBuffer()).toString('base64');
  return backend.call('funding.importHouseholds', { year, fileName: '户数.xlsx', base64 });
}

/** The figures the clerk types in: each community's total, then its courtyards'. */
const typedIn: Record<string, Record<string, number>> = {
  世纪城: { [layout.communityTotalLabel]: 30_000, 老街坊: 3_000, 区一中: 500, 金源小区: 26_500 },
  凤凰山: { [layout.communityTotalLabel]: 12_500, 老街坊: 3_000, 区一中: 500, 金源小区: 9_000 },
};
const filled = (community: string, courtyard: string) => typedIn[community]![courtyard]!;

function fingerprint(): string {
  return crypto
    .createHash('sha256')
    .update(fs.readFileSync(backend.dbPath))
    .update(fs.existsSync(`${backend.dbPath}-wal`) ? fs.readFileSync(`${backend.dbPath}-wal`) : '')
    .digest('hex');
}

describe('importing a year of households from the Excel template', () => {
  it('lists every active community and courtyard in the template, with last known figures for that year', async () => {
    const sheet = (await template(2025)).getWorksheet(layout.sheetName)!;
    const names = sheet.getColumn(layout.columns.courtyardName.index).values.filter(Boolean).map(String);
    expect(names).toEqual(
      expect.arrayContaining(['老街坊', '区一中', '金源小区', layout.communityTotalLabel]),
    );
    const households = sheet
      .getColumn(layout.columns.households.index)
      .values.map((value) => (typeof value === 'number' ? value : null));
    expect(households).toContain(28_770);
  });

  it('writes the new year for every community, keeping staffing from the year before', async () => {
    const workbook = await template(2026);
    fill(workbook, filled);
    const result = await importWorkbook(workbook);
    expect(result).toEqual({ applied: true, errors: [], changedCommunities: 2 });
    const communities = await backend.call('communities.list', {});
    const century = await backend.call('communities.get', {
      id: communities.find((c) => c.name === '世纪城')!.id,
    });
    const profile2026 = century.profiles.find((profile) => profile.year === 2026)!;
    expect(profile2026).toMatchObject({ totalHouseholds: 30_000, socialWorkers: 4, committeeMembers: 6 });
    expect(profile2026.householdsByType).toEqual({
      self_governed: 3_000,
      public_unit: 500,
      property_managed: 26_500,
    });
  });

  it('changes nothing the second time the same file is imported', async () => {
    const workbook = await template(2026);
    fill(workbook, filled);
    await importWorkbook(workbook);
    const before = fingerprint();
    const auditRows = (await backend.call('audit.list', {})).total;
    expect(await importWorkbook(workbook)).toEqual({ applied: true, errors: [], changedCommunities: 0 });
    expect((await backend.call('audit.list', {})).total).toBe(auditRows);
    expect(fingerprint()).toBe(before);
  });

  it('writes nothing when any row fails, and lists every error by sheet, row and column', async () => {
    const workbook = await template(2026);
    fill(workbook, (community, courtyard) =>
      courtyard === '区一中'
        ? '三千'
        : courtyard === '老街坊' && community === '凤凰山'
          ? -5
          : filled(community, courtyard),
    );
    const before = fingerprint();
    const result = await importWorkbook(workbook);
    expect(result.applied).toBe(false);
    expect(result.errors.length).toBeGreaterThanOrEqual(3);
    expect(
      result.errors.every(
        (error) =>
          error.sheet === layout.sheetName && error.column === 'F' && error.row >= layout.firstDataRow,
      ),
    ).toBe(true);
    expect(result.errors.map((error) => error.message).join('\n')).toMatch(/户数/);
    expect(fingerprint()).toBe(before);
  });

  it('reads full-width digits as digits, and refuses 3200.5 and -1 rather than rounding them', async () => {
    const workbook = await template(2026);
    fill(workbook, (community, courtyard) =>
      community === '世纪城' && courtyard === layout.communityTotalLabel
        ? '３００００'
        : filled(community, courtyard),
    );
    expect(await importWorkbook(workbook)).toMatchObject({ applied: true, changedCommunities: 2 });
    const century = (await backend.call('communities.list', {})).find((c) => c.name === '世纪城')!;
    const profile = (await backend.call('communities.get', { id: century.id })).profiles.find(
      (candidate) => candidate.year === 2026,
    );
    expect(profile?.totalHouseholds).toBe(30_000);

    const before = fingerprint();
    fill(workbook, (community, courtyard) =>
      courtyard === '老街坊'
        ? 3_200.5
        : courtyard === '区一中'
          ? -1
          : courtyard === '金源小区'
            ? '3200.5'
            : null,
    );
    const result = await importWorkbook(workbook);
    expect(result.applied).toBe(false);
    const households = result.errors.filter(
      (error) => error.column === 'F' && error.sheet === layout.sheetName,
    );
    expect(households.map((error) => error.message)).toEqual(
      expect.arrayContaining(['户数「3200.5」有小数：户数必须是整数', '户数不能为负数', '户数未填写']),
    );
    expect(households.filter((error) => error.message.includes('3200.5'))).toHaveLength(4);
    expect(fingerprint()).toBe(before);
  });

  it("refuses another year's template", async () => {
    const workbook = await template(2025);
    fill(workbook, filled);
    const result = await importWorkbook(workbook, 2026);
    expect(result.applied).toBe(false);
    expect(result.errors[0]!.message).toContain('2025');
  });

  it('refuses a file that is not a workbook', async () => {
    const result = await backend.call('funding.importHouseholds', {
      year: 2026,
      fileName: 'x.xlsx',
      base64: Buffer.from('不是表格').toString('base64'),
    });
    expect(result.applied).toBe(false);
    expect(result.errors[0]!.message).toContain('不是有效的 Excel');
  });
});
