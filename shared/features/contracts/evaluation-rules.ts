// 绩效评价: a 100-point score over weighted indicators, each indicator scored out of its weight, graded
// 优 ≥ 90, 良 80–89, 中 60–79, 差 < 60 (common practice under 财政部令第102号). Scores are kept in tenths of a
// point as integers so a total never drifts. A grade sets the share of a gated instalment that may be paid
// through the office's coefficient table.

export const grades = ['excellent', 'good', 'fair', 'poor'] as const;
export type Grade = (typeof grades)[number];

export const gradeLabels: Record<Grade, string> = { excellent: '优', good: '良', fair: '中', poor: '差' };

/** The lowest total (tenths of a point) of each grade, highest grade first. */
const gradeFloors: readonly [Grade, number][] = [
  ['excellent', 900],
  ['good', 800],
  ['fair', 600],
  ['poor', 0],
];

export function gradeOf(totalTenths: number): Grade {
  return gradeFloors.find(([, floor]) => totalTenths >= floor)![0];
}

export const gradeRanges: Record<Grade, string> = {
  excellent: '90 分及以上',
  good: '80–89.9 分',
  fair: '60–79.9 分',
  poor: '60 分以下',
};

export interface IndicatorTemplate {
  name: string;
  /** Whole points; the template's weights add up to 100. */
  weight: number;
  /** What the evaluator looks at. */
  guidance: string;
}

export const defaultIndicators: readonly IndicatorTemplate[] = [
  { name: '前期准备', weight: 20, guidance: '需求调研、实施方案、人员与制度准备' },
  { name: '实施过程', weight: 30, guidance: '按合同内容、进度和质量标准实施，台账资料完整' },
  { name: '绩效表现', weight: 30, guidance: '服务数量、质量目标的完成情况与实际成效' },
  { name: '满意度', weight: 20, guidance: '服务对象和社区的满意度测评' },
];

/** The share (per cent) of a gated instalment each grade lets be paid, as the office set it. */
export type GradeCoefficients = Record<Grade, number>;

export const defaultCoefficients: GradeCoefficients = { excellent: 100, good: 100, fair: 80, poor: 0 };

/** A grade passes when its coefficient lets anything be paid. */
export function gradePasses(grade: Grade, coefficients: GradeCoefficients): boolean {
  return coefficients[grade] > 0;
}

/** What a gated instalment allows after an evaluation: its amount times the grade's coefficient, in fen. */
export function allowedByCoefficient(amountFen: number, coefficientPercent: number): number {
  return Math.floor((amountFen * coefficientPercent) / 100);
}

export function totalTenths(scoresTenths: readonly number[]): number {
  return scoresTenths.reduce((sum, score) => sum + score, 0);
}

/** 87.5 for 875 tenths. */
export function formatScore(tenths: number): string {
  return (tenths / 10).toFixed(1).replace(/\.0$/, '');
}

/** 95 分（优） */
export function scoreText(tenths: number): string {
  return `${formatScore(tenths)} 分（${gradeLabels[gradeOf(tenths)]}）`;
}
