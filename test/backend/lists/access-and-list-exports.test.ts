// The 准入审批表 (PDF), the requests register and a list version (Excel), produced through the channels and
// read back with pdftotext and exceljs.
import ExcelJS from 'exceljs';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FileOutput } from '../../../shared/contract/files';
import { textTableFirstDataRow } from '../../../electron/backend/documents/excel/text-table-sheet';
import { openTestBackend, type TestBackend } from '../../fixtures/backend';
import { accessRequestInput, communityInput, officeSettingsInput } from '../../fixtures/builders';

let backend: TestBackend;
let approvedId = 0;
let revokedId = 0;

beforeAll(async () => {
  backend = await openTestBackend();
  await backend
    .as('administrator')
    .call(
      'office.update',
      officeSettingsInput({ contactPerson: '', contactPhone: '', supervisionPhone: '' }),
    );
  const century = await backend.call('communities.create', communityInput({ name: '世纪城' }));
  const phoenix = await backend.call('communities.create', communityInput({ name: '凤凰山' }));
  const approved = await backend.call('access.submit', accessRequestInput([century.id, phoenix.id]));
  await backend.as('approver').call('access.review', { id: approved.id, opinion: '同意报区领导小组审批' });
  await backend.as('approver').call('access.decide', {
    id: approved.id,
    approved: true,
    decisionNo: '官和社领〔2026〕3号',
    decisionDate: '2026-03-12',
  });
  approvedId = approved.id;
  const revoked = await backend.call(
    'access.submit',
    accessRequestInput([phoenix.id], { title: '协助开展犬只登记', fundingFen: null, staffCount: 2 }),
  );
  await backend.as('approver').call('access.review', { id: revoked.id, opinion: '同意' });
  await backend.as('approver').call('access.decide', {
    id: revoked.id,
    approved: true,
    decisionNo: '官和社领〔2026〕4号',
    decisionDate: '2026-03-13',
  });
  await backend
    .as('approver')
    .call('access.revoke', { id: revoked.id, date: '2026-03-14', reason: '事项已划归网格员' });
  revokedId = revoked.id;
  await backend.call('access.submit', accessRequestInput([century.id], { title: '协助开展控烟巡查' }));
  const withdrawn = await backend.call(
    'access.submit',
    accessRequestInput([century.id], { title: '协助开展垃圾分类督导' }),
  );
  await backend.call('access.withdraw', { id: withdrawn.id, reason: '申请单位已另行安排' });
});
afterAll(() => backend.dispose());

function pdfText(file: FileOutput, name: string): string {
  const target = path.join(backend.dir, name);
  fs.writeFileSync(target, Buffer.from(file.bytes));
  const result = spawnSync('pdftotext', ['-raw', target, '-'], { encoding: 'utf8' });
  if (result.error) throw new Error('pdftotext is missing: install poppler-utils to check PDFs');
  return result.stdout;
}

async function firstSheet(file: FileOutput): Promise<ExcelJS.Worksheet> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(file.bytes) as never);
  return workbook.worksheets[0]!;
}

function rowTexts(sheet: ExcelJS.Worksheet, row: number, columns: number): string[] {
  return Array.from({ length: columns }, (_, index) => String(sheet.getCell(row, index + 1).value ?? ''));
}

describe('the 社区工作准入事项审批表', () => {
  it('prints every field of an admitted request on one page, with the three stamp boxes', async () => {
    const file = await backend.call('access.form', { id: approvedId });
    expect(file.fileName).toBe('社区工作准入事项审批表（准入〔2026〕1号）.pdf');
    const raw = pdfText(file, 'form.pdf');
    expect(raw.split('\f').length - 1).toBe(1);
    const text = raw.replace(/\s+/gu, '');
    for (const expected of [
      '社区工作准入事项审批表',
      '编号准入〔2026〕1号',
      '申请部门官渡区市场监督管理局',
      '事项名称协助开展食品安全宣传',
      '依据《中华人民共和国食品安全法》第十条',
      '涉及社区凤凰山、世纪城',
      '6,000.00元',
      '申请实施日期2026年4月1日',
      '1.关于将食品安全宣传纳入社区工作事项的函',
      '同意报区领导小组审批（2026年3月15日）',
      '准予准入决定文号：官和社领〔2026〕3号决定日期：2026年3月12日',
      '申请单位（盖章）',
      '街道办事处意见（盖章）',
      '区和谐社区建设工作领导小组意见（盖章）',
      '负责人签字：',
    ]) {
      expect(text).toContain(expected);
    }
    expect(text).not.toContain('撤销');
  });

  it('shows the revocation of a revoked request', async () => {
    const text = pdfText(await backend.call('access.form', { id: revokedId }), 'revoked.pdf').replace(
      /\s+/gu,
      '',
    );
    expect(text).toContain('撤销2026年3月14日撤销准入。理由：事项已划归网格员');
    expect(text).toContain('2人');
  });

  it('refuses an unknown request', async () => {
    const result = await backend.send('access.form', { id: 999 });
    expect(result.ok).toBe(false);
  });
});

describe('the requests register', () => {
  it('lists every request oldest first with its state, review, decision and revocation', async () => {
    const file = await backend.call('access.exportRegister', {});
    expect(file.fileName).toBe('社区工作准入申请登记簿.xlsx');
    const sheet = await firstSheet(file);
    expect(String(sheet.getCell(1, 1).value)).toBe('社区工作准入申请登记簿');
    expect(String(sheet.getCell(2, 1).value)).toContain('填报单位：关上街道办事处');
    expect(rowTexts(sheet, textTableFirstDataRow - 1, 9)).toEqual([
      '编号',
      '申请部门',
      '事项',
      '涉及社区',
      '状态',
      '审核意见',
      '决定文号',
      '决定日期',
      '撤销',
    ]);
    const [first, second, third] = [0, 1, 2].map((index) =>
      rowTexts(sheet, textTableFirstDataRow + index, 9),
    );
    expect(first!.slice(0, 4)).toEqual([
      '准入〔2026〕1号',
      '官渡区市场监督管理局',
      '协助开展食品安全宣传',
      '凤凰山、世纪城',
    ]);
    expect(first!.slice(6, 8)).toEqual(['官和社领〔2026〕3号', '2026年3月12日']);
    expect(second![8]).toBe('2026年3月14日：事项已划归网格员');
    expect(third![2]).toBe('协助开展控烟巡查');
    expect(third![6]).toBe('');
    expect(sheet.pageSetup.paperSize).toBe(9);
    expect(sheet.pageSetup.printTitlesRow).toBe(`1:${textTableFirstDataRow - 1}`);
  });

  it('shows a request withdrawn before its review as 已撤回 with the date and reason', async () => {
    const sheet = await firstSheet(await backend.call('access.exportRegister', {}));
    expect(rowTexts(sheet, textTableFirstDataRow - 1, 10)[9]).toBe('撤回');
    const withdrawn = rowTexts(sheet, textTableFirstDataRow + 3, 10);
    expect(withdrawn[2]).toBe('协助开展垃圾分类督导');
    expect(withdrawn[4]).toBe('已撤回');
    expect(withdrawn[9]).toMatch(/^\d{4}年\d{1,2}月\d{1,2}日：申请单位已另行安排$/);
    expect(rowTexts(sheet, textTableFirstDataRow, 10)[9]).toBe('');
  });
});

describe('a list version as Excel', () => {
  it('carries the version, its effective date, who approved it and its items', async () => {
    const { version, items } = await backend.call('lists.current', { kind: 'certificates' });
    const file = await backend.call('lists.exportExcel', { versionId: version.id });
    expect(file.fileName).toBe('社区开具证明清单第1版.xlsx');
    const sheet = await firstSheet(file);
    expect(String(sheet.getCell(1, 1).value)).toBe('社区开具证明清单');
    const info = rowTexts(sheet, 2, 7).join('|');
    expect(info).toContain('填报单位：关上街道办事处');
    expect(info).toContain('第1版，2020年9月23日起施行，批准单位：（内置初始内容）');
    expect(rowTexts(sheet, textTableFirstDataRow, 3)).toEqual(['1', '经济困难证明', items[0]!.content]);
    const signature = rowTexts(sheet, textTableFirstDataRow + items.length + 1, 7).join('');
    expect(signature).toContain('单位负责人：');
    expect(sheet.pageSetup.paperSize).toBe(9);
  });

  it('refuses an unknown version', async () => {
    const result = await backend.send('lists.exportExcel', { versionId: 999 });
    expect(result.ok).toBe(false);
  });
});
