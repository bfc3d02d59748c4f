// The rules `cli check` holds the welfare projects to (the fund's feature lists them with the books'): the
// figures the services checked when each step was taken still agree with each other and with the books,
// and a project's state agrees with the rows it stands on (./project-state-invariants), and a closing with
// its voucher (./closing-invariants). The services and the tables' CHECKs and triggers keep them on every
// path through the app; a finding here means the file was changed behind its back.
import { formatYuan } from '../../../../shared/domain/money';
import type { Invariant } from '../../core/invariant';
import { projectNumbers, voucherNumber } from '../fund-records';
import { closingVoucherInvariants } from './closing-invariants';
import { projectStateInvariants } from './project-state-invariants';

type Row = Record<string, unknown>;

const yuan = (value: unknown) => formatYuan(Number(value ?? 0));
const project = (row: Row) => `公益项目 ${projectNumbers.format(Number(row.year), Number(row.seq))}`;
const payment = (row: Row) =>
  `${project(row)} 第 ${String(row.instalment)} 期的拨付凭证 ${voucherNumber(String(row.period), Number(row.vseq))}`;

/** What the posted, not reversed payment vouchers paid of a project (p), in its instalments' amounts. */
const paidSql = `(SELECT coalesce(sum(i.amount_fen), 0) FROM fund_project_payment pay
   JOIN fund_project_instalment i ON i.id = pay.instalment_id
   JOIN fund_voucher v ON v.id = pay.voucher_id AND v.state = 'posted' AND v.reversed_by_id IS NULL
  WHERE i.project_id = p.id)`;

/** Each payment whose voucher is posted (reversed or not), with the project and instalment it pays. */
const postedPayments = `
  FROM fund_project_payment pay
  JOIN fund_project_instalment i ON i.id = pay.instalment_id
  JOIN fund_project p ON p.id = i.project_id
  JOIN fund_voucher v ON v.id = pay.voucher_id AND v.state = 'posted'`;
const paymentColumns = `p.year, p.seq, i.seq AS instalment, i.amount_fen, v.period, v.seq AS vseq`;

const figures: Invariant[] = [
  {
    sql: `SELECT p.year, p.seq, p.budget_fen, coalesce(sum(b.amount_fen), 0) AS lines
            FROM fund_project p LEFT JOIN fund_project_budget_line b ON b.project_id = p.id
           GROUP BY p.id HAVING lines <> p.budget_fen ORDER BY p.year, p.seq`,
    describe: (row) =>
      `${project(row)} 的预算明细合计 ${yuan(row.lines)} 元，与预算金额 ${yuan(row.budget_fen)} 元不一致`,
  },
  {
    sql: `SELECT year, seq, approved_fen, budget_fen FROM fund_project
           WHERE approved_fen > budget_fen ORDER BY year, seq`,
    describe: (row) =>
      `${project(row)} 的批准金额 ${yuan(row.approved_fen)} 元超过预算金额 ${yuan(row.budget_fen)} 元`,
  },
  {
    sql: `SELECT p.year, p.seq, p.approved_fen, coalesce(sum(i.amount_fen), 0) AS planned
            FROM fund_project p JOIN fund_project_agreement a ON a.project_id = p.id
            LEFT JOIN fund_project_instalment i ON i.project_id = p.id
           GROUP BY p.id HAVING planned IS NOT coalesce(p.approved_fen, 0) ORDER BY p.year, p.seq`,
    describe: (row) =>
      `${project(row)} 的拨付计划各期合计 ${yuan(row.planned)} 元，与批准金额 ${yuan(row.approved_fen)} 元不一致`,
  },
];

const payments: Invariant[] = [
  {
    sql: `SELECT ${paymentColumns}, v.kind ${postedPayments} WHERE v.kind <> 'grant' ORDER BY v.id`,
    describe: (row) => `${payment(row)} 不是拨付资助凭证`,
  },
  {
    sql: `SELECT ${paymentColumns}, coalesce(sum(l.debit_fen), 0) AS booked ${postedPayments}
            LEFT JOIN fund_voucher_line l ON l.voucher_id = v.id
             AND l.account_id IN (SELECT id FROM fund_account WHERE kind = 'expense')
           GROUP BY pay.id HAVING booked <> i.amount_fen ORDER BY v.id`,
    describe: (row) =>
      `${payment(row)} 支出 ${yuan(row.booked)} 元，与该期拨付金额 ${yuan(row.amount_fen)} 元不符`,
  },
  {
    sql: `SELECT DISTINCT ${paymentColumns} ${postedPayments}
            JOIN fund_voucher_line l ON l.voucher_id = v.id
             AND l.account_id IN (SELECT id FROM fund_account WHERE kind = 'expense')
           WHERE l.designation_id IS NOT p.designation_id ORDER BY v.id`,
    describe: (row) => `${payment(row)} 支出的限定用途与项目的限定用途不同`,
  },
  {
    sql: `SELECT ${paymentColumns}, v.voucher_date, k.closed_on ${postedPayments}
            JOIN fund_project_closing k ON k.project_id = p.id
           WHERE v.voucher_date > k.closed_on ORDER BY v.id`,
    describe: (row) =>
      `${payment(row)} 日期 ${String(row.voucher_date)} 晚于结项日期 ${String(row.closed_on)}：结项后不能再拨付`,
  },
];

const closings: Invariant[] = [
  {
    sql: `SELECT p.year, p.seq, k.paid_fen, ${paidSql} AS paid
            FROM fund_project p JOIN fund_project_closing k ON k.project_id = p.id
           WHERE k.paid_fen <> ${paidSql} ORDER BY p.year, p.seq`,
    describe: (row) =>
      `${project(row)} 结项登记的已拨付 ${yuan(row.paid_fen)} 元，与已记账的拨付凭证合计 ${yuan(row.paid)} 元不符`,
  },
  {
    sql: `SELECT p.year, p.seq, k.paid_fen, k.used_fen, k.returned_fen
            FROM fund_project p JOIN fund_project_closing k ON k.project_id = p.id
           WHERE k.used_fen + k.returned_fen <> k.paid_fen ORDER BY p.year, p.seq`,
    describe: (row) =>
      `${project(row)} 结项时实际使用 ${yuan(row.used_fen)} 元加退回 ${yuan(row.returned_fen)} 元，` +
      `不等于已拨付的 ${yuan(row.paid_fen)} 元`,
  },
  {
    sql: `SELECT p.year, p.seq, p.approved_fen, k.used_fen, k.leftover_fen
            FROM fund_project p JOIN fund_project_closing k ON k.project_id = p.id
           WHERE k.leftover_fen IS NOT coalesce(p.approved_fen, 0) - k.used_fen ORDER BY p.year, p.seq`,
    describe: (row) =>
      `${project(row)} 结项登记的结余 ${yuan(row.leftover_fen)} 元，应为批准金额 ${yuan(row.approved_fen)} 元` +
      `减实际使用 ${yuan(row.used_fen)} 元`,
  },
];

export const projectInvariants: Invariant[] = [
  ...figures,
  ...payments,
  ...closings,
  ...closingVoucherInvariants,
  ...projectStateInvariants,
];
