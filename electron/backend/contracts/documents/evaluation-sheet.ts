// 绩效评价表: one A4 page for one evaluation of a contract — who was evaluated, when and by whom, each
// indicator with its points, score and 评价要点, the total and the grade (with the ranges that set it), the
// share of the gated instalment it lets be paid, the conclusion, and the lines to sign.
import type { TableCell } from 'pdfmake/interfaces';
import { formatChineseDate } from '../../../../shared/domain/dates';
import {
  evaluationKindLabels,
  formatScore,
  gradeLabels,
  gradeRanges,
  grades,
} from '../../../../shared/features/contracts/contract';
import type { EvaluationSheetData } from './document-data';
import { formDefinition, gridTable, label, pair, renderForm, signatureRow, wide } from './pdf-form';

/** An ideographic space between the parts of one line, as the forms are set. */
const gap = '　';
export const evaluationSheetTitle = '政府购买服务绩效评价表';

function scoreRows(data: EvaluationSheetData): TableCell[][] {
  const guidance = new Map(data.indicators.map((indicator) => [indicator.name, indicator.guidance]));
  const rows: TableCell[][] = data.evaluation.scores.map((score) => [
    score.indicator,
    { text: String(score.weight), alignment: 'center' },
    { text: formatScore(score.scoreTenths), alignment: 'center' },
    guidance.get(score.indicator) ?? '',
  ]);
  const weights = data.evaluation.scores.reduce((sum, score) => sum + score.weight, 0);
  rows.push([
    label('总分'),
    { text: String(weights), alignment: 'center', bold: true },
    { text: formatScore(data.evaluation.totalTenths), alignment: 'center', bold: true },
    '',
  ]);
  return [[label('指标'), label('分值'), label('得分'), label('评价要点')], ...rows];
}

/** 良（80–89.9 分）, then every grade's range so the reader sees where the total falls. */
function gradeText(data: EvaluationSheetData): string {
  const { grade } = data.evaluation;
  const ranges = grades.map((each) => `${gradeLabels[each]}：${gradeRanges[each]}`).join('；');
  return `${gradeLabels[grade]}（${gradeRanges[grade]}）\n等级划分：${ranges}`;
}

function headRows(data: EvaluationSheetData): TableCell[][] {
  const { contract, evaluation } = data;
  const instalment = contract.instalments.find((candidate) => candidate.seq === evaluation.instalmentSeq);
  return [
    wide('合同名称', contract.terms.title),
    pair('合同编号', contract.contractNo ?? '', '实施社区', contract.community.name),
    wide('承接主体', contract.provider.name),
    pair(
      '评价类型',
      evaluationKindLabels[evaluation.kind],
      '评价日期',
      formatChineseDate(evaluation.evaluatedOn),
    ),
    wide('对应分期', instalment ? `第${instalment.seq}期${gap}${instalment.label}` : '无'),
    wide('评价人员', evaluation.evaluators),
  ];
}

function resultRows(data: EvaluationSheetData): TableCell[][] {
  const { evaluation } = data;
  return [
    pair(
      '总分',
      `${formatScore(evaluation.totalTenths)} 分`,
      '付款比例',
      `${evaluation.coefficientPercent}%`,
    ),
    wide('等级', gradeText(data)),
    wide('评价结论', evaluation.conclusion === '' ? ' ' : evaluation.conclusion),
  ];
}

export function evaluationSheetDefinition(data: EvaluationSheetData) {
  const subtitle = `评价单位：${data.office.officeName}${gap}${gap}合同编号：${data.contract.contractNo ?? ''}`;
  return formDefinition(
    evaluationSheetTitle,
    subtitle,
    [
      gridTable(headRows(data)),
      gridTable(scoreRows(data), [96, 40, 40, '*'], true),
      gridTable(resultRows(data), undefined, true),
      signatureRow([
        { role: '评价人员', name: '' },
        { role: '经办人', name: data.evaluation.recordedBy },
        { role: '审核人', name: '' },
      ]),
    ],
    `${evaluationSheetTitle}（${data.contract.contractNo ?? data.contract.terms.title}）`,
  );
}

export async function renderEvaluationSheet(
  data: EvaluationSheetData,
  resourcesDir: string,
): Promise<Buffer> {
  return renderForm(evaluationSheetDefinition(data), resourcesDir);
}
