// 付款审批单: one A4 page for one payment of a contract's instalment — the contract and where the money
// goes, the instalment and the evaluation that gates it, what it allows and what is paid, this payment in
// figures and in words, and the lines to sign. A reversal prints as 冲销 with its negative amount.
import type { TableCell } from 'pdfmake/interfaces';
import { formatChineseDate } from '../../../../shared/domain/dates';
import { amountInWords, formatYuan } from '../../../../shared/domain/money';
import {
  evaluationKindLabels,
  formatScore,
  gradeLabels,
  type Evaluation,
  type InstalmentStatus,
} from '../../../../shared/features/contracts/contract';
import type { PrintedSignature } from '../../documents/signatures';
import type { PaymentFormData } from './document-data';
import { formDefinition, gridTable, pair, renderForm, signatureRow, wide } from './pdf-form';

/** An ideographic space between the parts of one line, as the forms are set. */
const gap = '　';
export const paymentFormTitle = '付款审批单';

const statusLabels = { requested: '待审批', paid: '已审批付款', rejected: '已退回' } as const;

function yuan(fen: number): string {
  return `${formatYuan(fen)} 元`;
}

function evaluationText(evaluation: Evaluation | undefined): string {
  if (!evaluation) return '本期无须评价';
  return (
    `${evaluationKindLabels[evaluation.kind]}${gap}${formatChineseDate(evaluation.evaluatedOn)}${gap}` +
    `得分 ${formatScore(evaluation.totalTenths)} 分${gap}等级 ${gradeLabels[evaluation.grade]}${gap}` +
    `付款比例 ${evaluation.coefficientPercent}%`
  );
}

function instalmentText(instalment: InstalmentStatus | undefined, seq: number): string {
  return instalment
    ? `第${seq}期${gap}${instalment.label}${gap}计划金额 ${yuan(instalment.amountFen)}`
    : `第${seq}期`;
}

function amountCell(fen: number): TableCell {
  return { stack: [{ text: `小写：¥${formatYuan(fen)}`, bold: true }, `大写：${amountInWords(fen)}`] };
}

function statusText(data: PaymentFormData): string {
  const { payment } = data;
  if (payment.reversesId !== null) return '已冲销';
  const status = statusLabels[payment.status];
  if (payment.status === 'rejected') return `${status}：${payment.rejectedReason ?? ''}`;
  return status;
}

function formRows(data: PaymentFormData): TableCell[][] {
  const { contract, payment } = data;
  const reversal = payment.reversesId !== null;
  const instalment = contract.instalments.find((candidate) => candidate.seq === payment.instalmentSeq);
  const evaluation = contract.evaluations.find((candidate) => candidate.id === payment.evaluationId);
  return [
    wide('合同名称', contract.terms.title),
    pair('合同编号', contract.contractNo ?? '', '实施社区', contract.community.name),
    wide('承接主体', contract.provider.name),
    pair('开户银行', data.bank.bankName, '账号', data.bank.bankAccount),
    pair('合同价款', yuan(contract.terms.priceFen), '付款类型', reversal ? '冲销' : '付款'),
    wide('本期分期', instalmentText(instalment, payment.instalmentSeq)),
    wide('绩效评价', evaluationText(evaluation)),
    pair('本期可付', yuan(instalment?.allowedFen ?? 0), '本期已付', yuan(instalment?.paidFen ?? 0)),
    wide(reversal ? '本次冲销' : '本次付款', amountCell(payment.amountFen)),
    pair('付款日期', formatChineseDate(payment.date), '凭证号', payment.voucherNo),
    wide('摘要', payment.note === '' ? ' ' : payment.note),
    wide('审批状态', statusText(data)),
  ];
}

// The 一人岗 mark goes under the name: beside it, it would run into 单位负责人.
function approverText(approver: PrintedSignature): string {
  return approver.note === '' ? approver.name : `${approver.name}\n（${approver.note}）`;
}

export function paymentFormDefinition(data: PaymentFormData) {
  const approved = data.payment.status === 'paid' && data.approver !== null;
  const subtitle =
    `编号：${data.paymentNo}${gap}${gap}填报日期：${formatChineseDate(data.payment.requestedAt.slice(0, 10))}` +
    `${gap}${gap}填报单位：${data.office.officeName}`;
  return formDefinition(
    paymentFormTitle,
    subtitle,
    [
      gridTable(formRows(data)),
      signatureRow([
        { role: '经办人', name: data.requesters.join('、') },
        { role: '审核人', name: approved ? approverText(data.approver!) : '' },
        { role: '单位负责人', name: '' },
      ]),
    ],
    `${paymentFormTitle}（${data.paymentNo}）`,
  );
}

export async function renderPaymentForm(data: PaymentFormData, resourcesDir: string): Promise<Buffer> {
  return renderForm(paymentFormDefinition(data), resourcesDir);
}
