// The contracts' documents through their channels, on a real ledger: what the services read (the
// contract, the provider's bank, the payment number, the requester and the approver, the office) reaches
// the page, and a request for a record that does not exist is refused in Chinese and changes nothing.
// Needs the contracts services: passes once they are integrated.
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import type { FileOutput } from '../../../shared/contract/files';
import { fingerprint } from '../../fixtures/backend';
import { pdfText } from '../../fixtures/separation';
import { world } from './documents-world';

const text = (file: FileOutput) => pdfText(world.backend, file);

describe('the contracts documents through the channels', () => {
  it('exports the register with the signed contract, what is paid and the latest evaluation', async () => {
    const file = await world.backend.call('contracts.register', { year: 2026 });
    expect(file.fileName).toBe('2026年度政府购买服务合同台账.xlsx');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(file.bytes) as never);
    const row = workbook.worksheets[0]!.getRow(4);
    expect(row.getCell(2).value).toBe('购〔2026〕1号');
    expect(row.getCell(4).value).toBe('成都市锦江区乐仁社会工作服务中心');
    expect(row.getCell(6).value).toBe('世纪城');
    expect([row.getCell(9).value, row.getCell(10).value, row.getCell(11).value]).toEqual([
      120_000, 36_000, 84_000,
    ]);
    expect(row.getCell(12).value).toBe('履行中');
    expect(row.getCell(13).value).toBe('良（86.5分）');
  });

  it('prints an approved payment with its number, the bank, the amount in words and both names', async () => {
    const file = await world.backend.call('contracts.paymentForm', { id: world.paid.id });
    expect(file.fileName).toBe('付款审批单（付〔2026〕1号）.pdf');
    const printed = text(file);
    expect(printed).toContain('编号：付〔2026〕1号');
    expect(printed).toContain('开户银行中国建设银行成都春熙支行');
    expect(printed).toContain('本次付款小写：¥36,000.00大写：人民币叁万陆仟元整');
    expect(printed).toContain('绩效评价本期无须评价');
    expect(printed).toContain('经办人：测试员');
    expect(printed).toContain('审核人：审核员');
  });

  it('prints a pending request with its evaluation and the approver line blank', async () => {
    const printed = text(await world.backend.call('contracts.paymentForm', { id: world.pending.id }));
    expect(printed).toContain('编号：付〔2026〕2号');
    expect(printed).toContain('中期评价2026年8月10日得分86.5分等级良付款比例100%');
    expect(printed).toContain('审核人：＿＿＿＿＿＿');
    expect(printed).toContain('审批状态待审批');
  });

  it('prints the evaluation sheet with the template guidance and who recorded it', async () => {
    const file = await world.backend.call('contracts.evaluationSheet', { id: world.evaluation.id });
    const printed = text(file);
    expect(printed).toContain('政府购买服务绩效评价表');
    expect(printed).toContain('前期准备20');
    expect(printed).toContain('需求调研、实施方案、人员与制度准备');
    expect(printed).toContain('总分86.5分付款比例100%');
    expect(printed).toContain('等级良（80–89.9分）');
    expect(printed).toContain('经办人：测试员');
  });

  it('prints the notice with its posting period and the contract’s 经办人 and 审核人', async () => {
    const file = await world.backend.call('contracts.notice', {
      contractId: world.contractId,
      startDate: '2026-03-16',
      workingDays: 5,
      issueDate: '2026-03-16',
      contactPerson: '陈静',
      contactPhone: '028-86001234',
    });
    const printed = text(file);
    expect(printed).toContain('政府购买服务合同的公告');
    expect(printed).toContain('公告期：自2026年3月16日至2026年3月20日（5个工作日）。');
    expect(printed).toContain('联系人及电话：陈静028-86001234');
    expect(printed).toContain('经办人：测试员');
    expect(printed).toContain('审核人：审核员');
  });

  it('refuses a payment or an evaluation that does not exist, changing nothing', async () => {
    const before = fingerprint(world.backend.dbPath);
    const payment = await world.backend.send('contracts.paymentForm', { id: 999 });
    expect(payment).toMatchObject({
      ok: false,
      error: { code: 'not_found', message: '付款记录不存在或已被删除' },
    });
    const evaluation = await world.backend.send('contracts.evaluationSheet', { id: 999 });
    expect(evaluation).toMatchObject({
      ok: false,
      error: { code: 'not_found', message: '绩效评价不存在或已被删除' },
    });
    expect(fingerprint(world.backend.dbPath)).toBe(before);
  });
});
