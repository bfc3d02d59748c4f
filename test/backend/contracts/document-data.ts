// Hand-written data the contracts' documents are built from in their tests: a performing 2026 contract
// of 120,000.00 元 in three instalments, with an interim evaluation (良, 86.5 分, 100 %) and a paid first
// instalment, plus an approved payment on the interim instalment and its reversal. The builders never read
// the database, so their tests need no backend. Also: saving, reading and rendering what they produce.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll } from 'vitest';
import type { OfficeSettings } from '../../../shared/contract/office';
import type {
  ContractDetail,
  Evaluation,
  InstalmentStatus,
  Payment,
} from '../../../shared/features/contracts/contract';
import { defaultIndicators } from '../../../shared/features/contracts/contract';
import { validUscc } from '../../fixtures/contracts';
import { poppler } from '../../fixtures/poppler';

export const office: OfficeSettings = {
  officeName: '锦江区春熙路街道办事处',
  district: '锦江区',
  contactPerson: '张敏',
  contactPhone: '028-86000000',
  supervisionPhone: '028-86000001',
  updatedAt: '2026-01-05T09:00:00+08:00',
};

export const interimEvaluation: Evaluation = {
  id: 7,
  contractId: 3,
  kind: 'interim',
  instalmentSeq: 2,
  evaluatedOn: '2026-08-10',
  evaluators: '王芳、李强、社区居民代表赵大爷',
  conclusion: '服务按计划推进，台账完整；满意度略低，建议增加探访频次。',
  scores: [
    { indicator: '前期准备', weight: 20, scoreTenths: 180 },
    { indicator: '实施过程', weight: 30, scoreTenths: 265 },
    { indicator: '绩效表现', weight: 30, scoreTenths: 260 },
    { indicator: '满意度', weight: 20, scoreTenths: 160 },
  ],
  totalTenths: 865,
  grade: 'good',
  coefficientPercent: 100,
  recordedBy: '测试员',
  recordedAt: '2026-08-10T15:00:00+08:00',
};

const paidFirst: Payment = {
  id: 11,
  contractId: 3,
  instalmentSeq: 1,
  date: '2026-04-12',
  amountFen: 36_000_00,
  voucherNo: '记-0412',
  note: '首期款',
  status: 'paid',
  evaluationId: null,
  coefficientPercent: null,
  reversesId: null,
  reversedById: null,
  requestedBy: '测试员',
  requestedAt: '2026-04-11T10:00:00+08:00',
  decidedBy: '审核员',
  decidedAt: '2026-04-12T09:00:00+08:00',
  rejectedReason: null,
};

/** The interim instalment's payment, approved: 48,000.00 元 gated by the interim evaluation. */
export const interimPayment: Payment = {
  ...paidFirst,
  id: 12,
  instalmentSeq: 2,
  date: '2026-08-20',
  amountFen: 48_000_00,
  voucherNo: '记-0820',
  note: '中期款（中期评价良）',
  evaluationId: 7,
  coefficientPercent: 100,
  requestedAt: '2026-08-18T10:00:00+08:00',
  decidedAt: '2026-08-20T09:00:00+08:00',
};

export const interimReversal: Payment = {
  ...interimPayment,
  id: 13,
  date: '2026-08-25',
  amountFen: -48_000_00,
  voucherNo: '记-0825',
  note: '凭证号录错，冲销后重付',
  reversesId: 12,
  requestedAt: '2026-08-25T10:00:00+08:00',
  decidedAt: '2026-08-25T10:00:00+08:00',
};

function instalment(
  seq: number,
  label: string,
  amountFen: number,
  gate: InstalmentStatus['gate'],
  paidFen: number,
): InstalmentStatus {
  const evaluation =
    gate === 'interim' ? { id: 7, grade: 'good' as const, totalTenths: 865, coefficientPercent: 100 } : null;
  const allowedFen = gate === 'final' ? 0 : amountFen;
  return {
    seq,
    label,
    amountFen,
    plannedDate: ['2026-04-10', '2026-08-15', '2027-01-15'][seq - 1]!,
    gate,
    evaluation,
    allowedFen,
    paidFen,
    pendingFen: 0,
    remainingFen: Math.max(allowedFen - paidFen, 0),
    payability: gate === 'final' ? 'awaiting_evaluation' : paidFen >= allowedFen ? 'settled' : 'payable',
  };
}

/** A performing contract; `overrides` change any top-level field. */
export function contractDetail(overrides: Partial<ContractDetail> = {}): ContractDetail {
  const terms: ContractDetail['terms'] = {
    title: '2026 年度社区老年人助餐与探访服务项目',
    content: '为辖区 60 岁以上独居、空巢老人提供助餐配送、定期探访和健康讲座。',
    startDate: '2026-04-01',
    endDate: '2026-12-31',
    quantity: '开展健康讲座 24 场；探访 600 人次',
    qualityStandard: '服务对象满意度不低于 90%；探访记录完整、可追溯',
    priceFen: 120_000_00,
    settlementMethod: '按合同约定分三期支付',
    rightsAndDuties: '甲方监督指导并按约付款；乙方按约提供服务',
    breachLiability: '乙方未按约提供服务的，甲方可按比例扣减服务费',
    procurementMethod: 'competitive_consultation',
    procurementNote: '',
    multiYear: {},
    costItems: [
      { item: '健康讲座', quantity: 24, unit: '场', unitPriceFen: 4_000_00, amountFen: 96_000_00 },
      { item: '入户探访', quantity: 600, unit: '人次', unitPriceFen: 40_00, amountFen: 24_000_00 },
    ],
    instalments: [],
    budgetYears: [{ year: 2026, amountFen: 120_000_00 }],
  };
  const instalments = [
    instalment(1, '首期', 36_000_00, 'none', 36_000_00),
    instalment(2, '中期', 48_000_00, 'interim', 0),
    instalment(3, '尾款', 36_000_00, 'final', 0),
  ];
  terms.instalments = instalments.map(({ seq, label, amountFen, plannedDate, gate }) => ({
    seq,
    label,
    amountFen,
    plannedDate,
    gate,
  }));
  return {
    id: 3,
    contractNo: '购〔2026〕1号',
    year: 2026,
    state: 'performing',
    community: { id: 1, name: '世纪城' },
    provider: {
      id: 2,
      name: '成都市锦江区乐仁社会工作服务中心',
      kind: 'social_organisation',
      uscc: validUscc(1),
      status: 'active',
    },
    terms,
    versions: [],
    signedDate: '2026-03-20',
    signedBy: '审核员',
    startedDate: '2026-04-01',
    completedDate: null,
    termination: null,
    warnings: { negativeList: [], qualification: null },
    instalments,
    evaluations: [interimEvaluation],
    payments: [paidFirst],
    totals: {
      priceFen: 120_000_00,
      committedFen: 120_000_00,
      paidFen: 36_000_00,
      pendingFen: 0,
      remainingFen: 84_000_00,
    },
    createdBy: '测试员',
    createdAt: '2026-03-10T09:00:00+08:00',
    ...overrides,
  };
}

export const indicators = [...defaultIndicators];

// ---- reading the produced files back ----

export const resourcesDir = path.resolve('resources');
const readDir = fs.mkdtempSync(path.join(os.tmpdir(), 'ledger-contract-docs-'));
afterAll(() => fs.rmSync(readDir, { recursive: true, force: true }));

/** Writes produced bytes to a file of the read-back folder and returns its path. */
export function saved(bytes: Uint8Array, name: string): string {
  const file = path.join(readDir, name);
  fs.writeFileSync(file, bytes);
  return file;
}

/** A PDF's text as drawn (pdftotext -raw), white space removed, and its page count. */
export function readPdf(file: string): { text: string; pages: number } {
  const pages = poppler('pdftotext', [file, '-']).split('\f').length - 1;
  return { text: poppler('pdftotext', ['-raw', file, '-']).replace(/\s+/gu, ''), pages };
}

/** Renders the first page to PNG (as a printer would see it) and returns its path. */
export function firstPagePng(file: string): string {
  const prefix = file.replace(/\.pdf$/u, '');
  poppler('pdftoppm', ['-r', '50', '-png', '-f', '1', '-l', '1', '-singlefile', file, prefix]);
  return `${prefix}.png`;
}
