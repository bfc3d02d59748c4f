// The lines editor's arithmetic, kept apart from the component so it is tested on its own: amounts are
// typed as yuan text and read as integer fen (parseYuanText, never floats); the footer shows 借方合计,
// 贷方合计 and 差额, and the amount in 中文大写 once the voucher balances; a line is sent as a DraftLine.
import { amountInWords, formatYuan } from '../../../../shared/domain/money';
import { parseYuanText } from '../../../ui/forms/yuan-field';

export type DesignationRule = 'required' | 'optional' | 'forbidden';

/** One row of the editor as the clerk types it. */
export interface LineRow {
  /** A key of the row for React (not sent). */
  key: string;
  accountId: number | null;
  designationId: number | null;
  summary: string;
  debit: string;
  credit: string;
}

/** What the backend's createDraft takes per line. */
export interface DraftLineInput {
  accountId: number;
  designationId: number | null;
  summary: string;
  debitFen: number;
  creditFen: number;
}

let nextKey = 0;
export function emptyLine(summary = ''): LineRow {
  nextKey += 1;
  return { key: `line-${nextKey}`, accountId: null, designationId: null, summary, debit: '', credit: '' };
}

/** A row from a saved line (editing a draft). */
export function lineOfDraft(line: DraftLineInput): LineRow {
  return {
    ...emptyLine(line.summary),
    accountId: line.accountId,
    designationId: line.designationId,
    debit: line.debitFen === 0 ? '' : formatYuan(line.debitFen),
    credit: line.creditFen === 0 ? '' : formatYuan(line.creditFen),
  };
}

/** The fen of an amount cell: 0 when blank, null when it does not read as an amount. */
export function fenOfCell(text: string): number | null {
  if (text.trim() === '') return 0;
  const parsed = parseYuanText(text);
  return parsed.ok ? parsed.fen : null;
}

export interface LineTotals {
  debitFen: number;
  creditFen: number;
  /** debit − credit; 0 when balanced. */
  differenceFen: number;
  /** Every amount cell reads as an amount. */
  readable: boolean;
  balanced: boolean;
  /** 中文大写 of the total once balanced and non-zero, else ''. */
  words: string;
}

export function lineTotals(rows: readonly LineRow[]): LineTotals {
  let debitFen = 0;
  let creditFen = 0;
  let readable = true;
  for (const row of rows) {
    const debit = fenOfCell(row.debit);
    const credit = fenOfCell(row.credit);
    if (debit === null || credit === null) readable = false;
    debitFen += debit ?? 0;
    creditFen += credit ?? 0;
  }
  const differenceFen = debitFen - creditFen;
  const balanced = readable && differenceFen === 0 && debitFen !== 0;
  return {
    debitFen,
    creditFen,
    differenceFen,
    readable,
    balanced,
    words: balanced ? amountInWords(debitFen) : '',
  };
}

/** Whether a line on an account with this rule may carry a designation, and whether it must. */
export function designationAllowed(rule: DesignationRule | undefined): boolean {
  return rule === 'required' || rule === 'optional';
}

/** The problems of one row, in Chinese, naming the line (1-based); [] when it can be sent. */
export function lineProblems(
  row: LineRow,
  index: number,
  ruleOf: (accountId: number) => DesignationRule | undefined,
): string[] {
  const name = `第 ${index + 1} 行`;
  const problems: string[] = [];
  if (row.accountId === null) problems.push(`${name}：请选择会计科目`);
  const debit = fenOfCell(row.debit);
  const credit = fenOfCell(row.credit);
  if (debit === null) problems.push(`${name}：借方金额格式不正确`);
  if (credit === null) problems.push(`${name}：贷方金额格式不正确`);
  if (debit !== null && credit !== null) {
    if (debit < 0 || credit < 0) problems.push(`${name}：金额不能为负数`);
    else if (debit > 0 && credit > 0) problems.push(`${name}：一行只能填借方或贷方`);
    else if (debit === 0 && credit === 0) problems.push(`${name}：请填写借方或贷方金额`);
  }
  if (row.accountId !== null) {
    const rule = ruleOf(row.accountId);
    if (rule === 'required' && row.designationId === null)
      problems.push(`${name}：限定性净资产须选择限定用途`);
    if (rule === 'forbidden' && row.designationId !== null) problems.push(`${name}：该科目不分限定用途`);
  }
  return problems;
}

/** The rows as draft lines; rows left entirely blank are dropped. Call after lineProblems found none. */
export function draftLines(rows: readonly LineRow[]): DraftLineInput[] {
  return rows
    .filter((row) => !isBlankRow(row))
    .map((row) => ({
      accountId: row.accountId ?? 0,
      designationId: row.designationId,
      summary: row.summary.trim(),
      debitFen: fenOfCell(row.debit) ?? 0,
      creditFen: fenOfCell(row.credit) ?? 0,
    }));
}

export function isBlankRow(row: LineRow): boolean {
  return (
    row.accountId === null && row.debit.trim() === '' && row.credit.trim() === '' && row.summary.trim() === ''
  );
}

/** Every problem of the rows that will be sent, plus the balance; [] when the voucher can be saved. */
export function voucherProblems(
  rows: readonly LineRow[],
  ruleOf: (accountId: number) => DesignationRule | undefined,
): string[] {
  const kept = rows.filter((row) => !isBlankRow(row));
  if (kept.length < 2) return ['凭证至少要有两行分录'];
  const problems = kept.flatMap((row, index) => lineProblems(row, index, ruleOf));
  if (problems.length > 0) return problems;
  const totals = lineTotals(kept);
  if (totals.differenceFen !== 0) {
    return [
      `借贷不平：借方合计 ${formatYuan(totals.debitFen)} 元，贷方合计 ${formatYuan(totals.creditFen)} 元，相差 ${formatYuan(Math.abs(totals.differenceFen))} 元`,
    ];
  }
  return [];
}

/** The amount that balances the voucher on a new line: the side and the text to fill in. */
export function balancingAmount(rows: readonly LineRow[]): { side: 'debit' | 'credit'; text: string } | null {
  const totals = lineTotals(rows);
  if (!totals.readable || totals.differenceFen === 0) return null;
  return totals.differenceFen > 0
    ? { side: 'credit', text: formatYuan(totals.differenceFen) }
    : { side: 'debit', text: formatYuan(-totals.differenceFen) };
}
