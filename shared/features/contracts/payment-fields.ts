// Inputs of evaluations (绩效评价), payments (付款) and the office's contract settings. An evaluation's
// total and grade are computed, never typed; a payment's limit is what its instalment still allows.
import { z } from 'zod';
import {
  documentDateRange,
  fen,
  isoDate,
  multiline,
  oneOf,
  optionalText,
  phone,
  recordId,
  requiredText,
  wholeNumber,
  year,
} from '../../contract/fields';
import { gradeLabels, grades } from './evaluation-rules';

export const evaluationKinds = ['interim', 'final'] as const;
export type EvaluationKind = (typeof evaluationKinds)[number];
export const evaluationKindLabels: Record<EvaluationKind, string> = {
  interim: '中期评价',
  final: '终期评价',
};

export const scoreInput = z.object(
  {
    indicator: requiredText('评价指标', 50),
    weight: wholeNumber('指标分值', { min: 1, max: 100 }),
    /** Tenths of a point, at most the weight: 17.5 分 is 175. */
    scoreTenths: wholeNumber('得分', { min: 0, max: 1000 }),
  },
  { error: '评价指标：每一项的格式不正确' },
);

export const evaluationInput = z
  .object({
    contractId: recordId('合同'),
    kind: oneOf('评价类型', evaluationKinds),
    /** The gated instalment the evaluation is for; null for an evaluation that gates none. */
    instalmentSeq: wholeNumber('对应分期', { min: 1, max: 24 })
      .nullish()
      .transform((value) => value ?? null),
    evaluatedOn: isoDate('评价日期'),
    evaluators: requiredText('评价人员', 200),
    conclusion: requiredText('评价结论', 1000, multiline),
    scores: z
      .array(scoreInput, { error: '评价指标：格式不正确' })
      .min(1, { error: '评价指标：至少一项' })
      .max(20, { error: '评价指标：不能超过 20 项' }),
  })
  .superRefine((value, context) => {
    const weights = value.scores.reduce((sum, score) => sum + score.weight, 0);
    if (weights !== 100)
      context.addIssue({
        code: 'custom',
        path: ['scores'],
        message: `评价指标：各项分值合计 ${weights} 分，应为 100 分`,
      });
    value.scores.forEach((score, i) => {
      if (score.scoreTenths > score.weight * 10)
        context.addIssue({
          code: 'custom',
          path: ['scores', i, 'scoreTenths'],
          message: `得分：「${score.indicator}」得分不能超过该项分值 ${score.weight} 分`,
        });
    });
  });

export const evaluationIdInput = z.object({ id: recordId('绩效评价') });

export const paymentRequestInput = z.object({
  contractId: recordId('合同'),
  instalmentSeq: wholeNumber('付款分期', { min: 1, max: 24 }),
  date: isoDate('付款日期'),
  amountFen: fen('付款金额'),
  voucherNo: requiredText('凭证号', 30),
  note: optionalText('摘要', 200),
});

export const paymentIdInput = z.object({ id: recordId('付款记录') });

export const paymentRejectInput = z.object({
  id: recordId('付款记录'),
  reason: requiredText('退回理由', 500, multiline),
});

export const paymentReverseInput = z.object({
  id: recordId('付款记录'),
  date: isoDate('冲销日期'),
  voucherNo: requiredText('冲销凭证号', 30),
  reason: requiredText('冲销理由', 500, multiline),
});

export const voucherUsesInput = z.object({ voucherNo: requiredText('凭证号', 30) });

export const indicatorInput = z.object(
  {
    name: requiredText('指标名称', 50),
    weight: wholeNumber('分值', { min: 1, max: 100 }),
    guidance: optionalText('评价要点', 200),
  },
  { error: '评价指标模板：每一项的格式不正确' },
);

const percent = (label: string) => wholeNumber(label, { min: 0, max: 100 });

export const contractSettingsInput = z
  .object({
    /** Days a qualification check stays fresh for signing. */
    checkMaxAgeDays: wholeNumber('资格审查有效天数', { min: 1, max: 3650 }),
    indicators: z
      .array(indicatorInput, { error: '评价指标模板：格式不正确' })
      .min(1, { error: '评价指标模板：至少一项' })
      .max(20, { error: '评价指标模板：不能超过 20 项' }),
    coefficients: z.object(
      Object.fromEntries(
        grades.map((grade) => [grade, percent(`评价为「${gradeLabels[grade]}」的付款比例`)]),
      ) as Record<(typeof grades)[number], ReturnType<typeof percent>>,
      { error: '付款比例：格式不正确' },
    ),
  })
  .superRefine((value, context) => {
    const weights = value.indicators.reduce((sum, indicator) => sum + indicator.weight, 0);
    if (weights !== 100)
      context.addIssue({
        code: 'custom',
        path: ['indicators'],
        message: `评价指标模板：各项分值合计 ${weights} 分，应为 100 分`,
      });
    const names = value.indicators.map((indicator) => indicator.name);
    if (new Set(names).size !== names.length)
      context.addIssue({ code: 'custom', path: ['indicators'], message: '评价指标模板：指标名称重复' });
  });

export const registerInput = z.object({ year: year('预算年度') });

export const contractNoticeInput = z.object({
  contractId: recordId('合同'),
  startDate: isoDate('公告开始日期', documentDateRange),
  workingDays: wholeNumber('公告期工作日数', { min: 1, max: 30 }),
  issueDate: isoDate('落款日期', documentDateRange),
  contactPerson: requiredText('联系人', 50),
  contactPhone: phone('联系电话').refine((value) => value !== '', { error: '联系电话：不能为空' }),
});
