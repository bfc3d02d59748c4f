// Imports parse in a worker thread, so that exceljs never holds the event loop of the process the backend
// runs in (the desktop app's main process, whose loop keeps the window responsive). Here the parsers are
// replaced on the calling thread only: an import that still succeeds was parsed elsewhere.
import ExcelJS from 'exceljs';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { listKindLabels } from '../../../shared/features/lists/contract';
import { openTestBackend, type TestBackend } from '../../fixtures/backend';
import { communityWithHouseholds } from '../../fixtures/builders';

const onCallingThread = vi.hoisted(() => () => {
  throw new Error('parsed on the calling thread');
});
vi.mock('../../../electron/backend/funding/documents/households-workbook', () => ({
  parseHouseholdsWorkbook: onCallingThread,
}));
vi.mock('../../../electron/backend/lists/documents/list-workbook', () => ({
  parseListWorkbook: onCallingThread,
}));

let backend: TestBackend;
beforeEach(async () => {
  backend = await openTestBackend();
});
afterEach(() => backend.dispose());

async function templateBytes(file: { bytes: Uint8Array }, edit: (workbook: ExcelJS.Workbook) => void) {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(file.bytes) as never);
  edit(workbook);
  return Buffer.from(await workbook.xlsx.writeBuffer()).toString('base64');
}

describe('imports parse off the calling thread', () => {
  it('imports households parsed in the worker thread', async () => {
    await communityWithHouseholds(
      backend,
      '世纪城',
      { self_governed: 2_300, public_unit: 420, property_managed: 26_050 },
      { year: 2025 },
    );
    const template = await backend.call('funding.householdsTemplate', { year: 2025 });
    const base64 = await templateBytes(template, (workbook) => {
      workbook.getWorksheet('户数导入')!.getCell('F4').value = 30_000;
    });
    const result = await backend.call('funding.importHouseholds', { year: 2025, fileName: 'a.xlsx', base64 });
    expect(result).toEqual({ applied: true, errors: [], changedCommunities: 1 });
    expect(backend.loggedErrors).toEqual([]);
  });

  it('imports a list parsed in the worker thread', async () => {
    const template = await backend.call('lists.importTemplate', { kind: 'work_items' });
    const base64 = await templateBytes(template, (workbook) => {
      workbook.getWorksheet(listKindLabels.work_items)!.getCell('C4').value = '改写后的内容';
    });
    const result = await backend.call('lists.import', { kind: 'work_items', fileName: 'a.xlsx', base64 });
    expect(result).toMatchObject({ applied: true, errors: [] });
    expect(backend.loggedErrors).toEqual([]);
  });
});
