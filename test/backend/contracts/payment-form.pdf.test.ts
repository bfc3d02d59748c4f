// 付款审批单 built from hand-written data and read back with poppler: every field, the amount in figures
// and in words, the names on the signature lines (blank until approved, the 一人岗 mark when waived), a
// reversal as 冲销 with its negative amount, one A4 portrait page.
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { renderPaymentForm } from '../../../electron/backend/contracts/documents/payment-form';
import type { PaymentFormData } from '../../../electron/backend/contracts/documents/document-data';
import { poppler } from '../../fixtures/poppler';
import {
  contractDetail,
  firstPagePng,
  interimPayment,
  interimReversal,
  office,
  readPdf,
  resourcesDir,
  saved,
} from './document-data';

function formData(overrides: Partial<PaymentFormData> = {}): PaymentFormData {
  return {
    office,
    paymentNo: '付〔2026〕3号',
    contract: contractDetail(),
    payment: interimPayment,
    bank: { bankName: '中国建设银行成都春熙支行', bankAccount: '5105 0144 6108 0000 1234' },
    requesters: ['测试员'],
    approver: { name: '审核员', note: '' },
    ...overrides,
  };
}

async function form(name: string, overrides: Partial<PaymentFormData> = {}) {
  const file = saved(await renderPaymentForm(formData(overrides), resourcesDir), name);
  return { file, ...readPdf(file) };
}

describe('the payment approval form', () => {
  it('prints the title, number, date, contract, provider with its bank, instalment and evaluation', async () => {
    const { text, pages } = await form('approved.pdf');
    expect(pages).toBe(1);
    for (const part of [
      '付款审批单',
      '编号：付〔2026〕3号',
      '填报日期：2026年8月18日',
      '合同名称2026年度社区老年人助餐与探访服务项目',
      '合同编号购〔2026〕1号',
      '实施社区世纪城',
      '承接主体成都市锦江区乐仁社会工作服务中心',
      '开户银行中国建设银行成都春熙支行',
      '账号51050144610800001234',
      '合同价款120,000.00元',
      '本期分期第2期中期计划金额48,000.00元',
      '绩效评价中期评价2026年8月10日得分86.5分等级良付款比例100%',
      '本期可付48,000.00元',
      '凭证号记-0820',
      '摘要中期款（中期评价良）',
    ]) {
      expect(text).toContain(part);
    }
  });

  it('gives this payment in figures and in 中文大写', async () => {
    const { text } = await form('amount.pdf');
    expect(text).toContain('本次付款小写：¥48,000.00大写：人民币肆万捌仟元整');
  });

  it('names the requester and the approver once approved, and leaves 单位负责人 to a pen', async () => {
    const { text } = await form('signed.pdf');
    expect(text).toContain('经办人：测试员');
    expect(text).toContain('审核人：审核员');
    expect(text).toContain('单位负责人：＿＿＿＿＿＿');
  });

  it('leaves the approver blank while the request waits, and says it waits', async () => {
    const { text } = await form('requested.pdf', {
      payment: { ...interimPayment, status: 'requested', decidedAt: null, decidedBy: null },
      approver: null,
    });
    expect(text).toContain('审核人：＿＿＿＿＿＿');
    expect(text).toContain('审批状态待审批');
    expect(text).not.toContain('审核员');
  });

  it('marks an approval under the 一人岗 waiver as documents/signatures.ts prints it', async () => {
    const { text } = await form('single-post.pdf', {
      approver: { name: '测试员', note: '一人岗，未经他人审核' },
    });
    expect(text).toContain('审核人：测试员（一人岗，未经他人审核）');
  });

  it('prints 本期无须评价 for an instalment without a gate', async () => {
    const { text } = await form('ungated.pdf', {
      payment: { ...interimPayment, instalmentSeq: 1, evaluationId: null, coefficientPercent: null },
    });
    expect(text).toContain('绩效评价本期无须评价');
    expect(text).toContain('本期分期第1期首期计划金额36,000.00元');
  });

  it('prints a reversal as 冲销 with its negative amount in figures and words', async () => {
    const { text } = await form('reversal.pdf', { paymentNo: '付〔2026〕4号', payment: interimReversal });
    expect(text).toContain('付款类型冲销');
    expect(text).toContain('本次冲销小写：¥-48,000.00大写：人民币负肆万捌仟元整');
    expect(text).toContain('审批状态已冲销');
    expect(text).not.toContain('本次付款');
  });

  it('is one A4 portrait page with its fonts embedded, and renders to an image', async () => {
    const { file } = await form('page.pdf');
    const info = poppler('pdfinfo', [file]);
    expect(info).toMatch(/Page size:\s+595\.\d+ x 841\.\d+ pts \(A4\)/u);
    const fonts = poppler('pdffonts', [file]).split('\n').slice(2).filter(Boolean);
    expect(fonts.length).toBeGreaterThan(0);
    for (const line of fonts) expect(line).toMatch(/\byes\s+yes\b/u);
    expect(fs.statSync(firstPagePng(file)).size).toBeGreaterThan(5_000);
  });
});
