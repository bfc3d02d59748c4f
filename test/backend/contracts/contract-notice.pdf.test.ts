// 政府购买服务合同公告 built from hand-written data through the office's notice layout and read back with
// poppler: the 第二十三条 items, the posting period, whom to call, 特此公告, the office and the date, and the
// contract's 经办人 and 审核人, on one page.
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  buildContractNotice,
  contractNoticeTitle,
} from '../../../electron/backend/contracts/documents/contract-notice';
import type { ContractNoticeData } from '../../../electron/backend/contracts/documents/document-data';
import { renderNotice } from '../../../electron/backend/documents/pdf/notice';
import { contractDetail, firstPagePng, office, readPdf, resourcesDir, saved } from './document-data';

function noticeData(overrides: Partial<ContractNoticeData> = {}): ContractNoticeData {
  return {
    office,
    contract: contractDetail(),
    posting: { startDate: '2026-03-23', workingDays: 5, endDate: '2026-03-27' },
    issueDate: '2026-03-23',
    contactPerson: '陈静',
    contactPhone: '028-86001234',
    signatories: { preparers: ['测试员'], approvers: [{ name: '审核员', note: '' }] },
    ...overrides,
  };
}

async function notice(name: string, overrides: Partial<ContractNoticeData> = {}) {
  const bytes = await renderNotice(buildContractNotice(noticeData(overrides)), { resourcesDir });
  const file = saved(bytes, name);
  return { file, ...readPdf(file) };
}

describe('the contract notice', () => {
  it('is titled after the contract and breaks before 政府购买服务合同的公告', () => {
    expect(contractNoticeTitle('社区助餐服务项目')).toBe('关于社区助餐服务项目\n政府购买服务合同的公告');
    expect(buildContractNotice(noticeData()).title).toBe(
      '关于2026 年度社区老年人助餐与探访服务项目政府购买服务合同的公告',
    );
  });

  it('publishes the purchaser, implementer, provider, content, term, quantity, quality, price and method', async () => {
    const { text, pages } = await notice('items.pdf');
    expect(pages).toBe(1);
    for (const part of [
      '关于2026年度社区老年人助餐与探访服务项目政府购买服务合同的公告',
      '财政部令第102号',
      '已于2026年3月20日签订',
      '合同编号购〔2026〕1号',
      '购买方式竞争性磋商',
      '购买主体锦江区春熙路街道办事处',
      '实施社区世纪城社区',
      '承接主体成都市锦江区乐仁社会工作服务中心',
      '服务期限2026年4月1日至2026年12月31日',
      '服务内容为辖区60岁以上独居、空巢老人提供助餐配送、定期探访和健康讲座。',
      '服务数量开展健康讲座24场；探访600人次',
      '质量标准服务对象满意度不低于90%；探访记录完整、可追溯',
      '合同价款120,000.00元（人民币壹拾贰万元整）',
    ]) {
      expect(text).toContain(part);
    }
  });

  it('says 公告 where a 公示 says 公示: the period and the close', async () => {
    const { text } = await notice('close.pdf');
    expect(text).toContain('公告期：自2026年3月23日至2026年3月27日（5个工作日）。');
    expect(text).toContain('联系人及电话：陈静028-86001234');
    expect(text).toContain('监督电话：028-86000001');
    expect(text).toContain('特此公告。');
    expect(text).not.toContain('公示');
  });

  it('is signed by the office with the issue date, the 经办人 and 审核人 beside it', async () => {
    const { text } = await notice('signed.pdf');
    expect(text).toContain('锦江区春熙路街道办事处2026年3月23日');
    expect(text).toContain('经办人：测试员');
    expect(text).toContain('审核人：审核员');
  });

  it('names a procurement note beside the method', async () => {
    const contract = contractDetail();
    contract.terms = {
      ...contract.terms,
      procurementMethod: 'single_source',
      procurementNote: '唯一具备资质',
    };
    const { text } = await notice('note.pdf', { contract });
    expect(text).toContain('购买方式单一来源（唯一具备资质）');
  });

  it('renders to an image', async () => {
    const { file } = await notice('page.pdf');
    expect(fs.statSync(firstPagePng(file)).size).toBeGreaterThan(5_000);
  });
});
