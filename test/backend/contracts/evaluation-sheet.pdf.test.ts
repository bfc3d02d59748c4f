// 绩效评价表 built from hand-written data and read back with poppler: the contract and who evaluated it,
// every indicator with its points, score and guidance, the total, the grade with its ranges, the payment
// share, the conclusion and the signature lines, on one A4 page.
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { renderEvaluationSheet } from '../../../electron/backend/contracts/documents/evaluation-sheet';
import type { EvaluationSheetData } from '../../../electron/backend/contracts/documents/document-data';
import type { Evaluation } from '../../../shared/features/contracts/contract';
import { poppler } from '../../fixtures/poppler';
import {
  contractDetail,
  firstPagePng,
  indicators,
  interimEvaluation,
  office,
  readPdf,
  resourcesDir,
  saved,
} from './document-data';

async function sheet(name: string, evaluation: Evaluation = interimEvaluation) {
  const data: EvaluationSheetData = { office, contract: contractDetail(), evaluation, indicators };
  const file = saved(await renderEvaluationSheet(data, resourcesDir), name);
  return { file, ...readPdf(file) };
}

describe('the evaluation sheet', () => {
  it('names the contract, the provider, the kind, the date, the instalment and the evaluators', async () => {
    const { text, pages } = await sheet('head.pdf');
    expect(pages).toBe(1);
    for (const part of [
      '政府购买服务绩效评价表',
      '评价单位：锦江区春熙路街道办事处',
      '合同名称2026年度社区老年人助餐与探访服务项目',
      '合同编号购〔2026〕1号',
      '承接主体成都市锦江区乐仁社会工作服务中心',
      '评价类型中期评价',
      '评价日期2026年8月10日',
      '对应分期第2期中期',
      '评价人员王芳、李强、社区居民代表赵大爷',
    ]) {
      expect(text).toContain(part);
    }
  });

  it('lists each indicator with its points, its score in tenths and the template guidance', async () => {
    const { text } = await sheet('scores.pdf');
    expect(text).toContain('指标分值得分评价要点');
    expect(text).toContain('前期准备2018需求调研、实施方案、人员与制度准备');
    expect(text).toContain('实施过程3026.5按合同内容、进度和质量标准实施，台账资料完整');
    expect(text).toContain('绩效表现3026服务数量、质量目标的完成情况与实际成效');
    expect(text).toContain('满意度2016服务对象和社区的满意度测评');
    expect(text).toContain('总分10086.5');
  });

  it('gives the total, the grade with every range, the payment share and the conclusion', async () => {
    const { text } = await sheet('result.pdf');
    expect(text).toContain('总分86.5分付款比例100%');
    expect(text).toContain('等级良（80–89.9分）');
    expect(text).toContain('等级划分：优：90分及以上；良：80–89.9分；中：60–79.9分；差：60分以下');
    expect(text).toContain('评价结论服务按计划推进，台账完整；满意度略低，建议增加探访频次。');
  });

  it('prints a failing grade and its share as recorded', async () => {
    const poor: Evaluation = {
      ...interimEvaluation,
      kind: 'final',
      instalmentSeq: 3,
      totalTenths: 555,
      grade: 'poor',
      coefficientPercent: 0,
      scores: interimEvaluation.scores.map((score) => ({ ...score, scoreTenths: 0 })),
    };
    const { text } = await sheet('poor.pdf', poor);
    expect(text).toContain('评价类型终期评价');
    expect(text).toContain('对应分期第3期尾款');
    expect(text).toContain('总分55.5分付款比例0%');
    expect(text).toContain('等级差（60分以下）');
  });

  it('leaves lines for the evaluators and the reviewer to sign, and names who recorded it', async () => {
    const { text } = await sheet('signatures.pdf');
    expect(text).toContain('评价人员：＿＿＿＿＿＿');
    expect(text).toContain('经办人：测试员');
    expect(text).toContain('审核人：＿＿＿＿＿＿');
  });

  it('is one A4 page with embedded fonts, and renders to an image', async () => {
    const { file } = await sheet('page.pdf');
    expect(poppler('pdfinfo', [file])).toMatch(/Page size:\s+595\.\d+ x 841\.\d+ pts \(A4\)/u);
    for (const line of poppler('pdffonts', [file]).split('\n').slice(2).filter(Boolean)) {
      expect(line).toMatch(/\byes\s+yes\b/u);
    }
    expect(fs.statSync(firstPagePng(file)).size).toBeGreaterThan(5_000);
  });
});
