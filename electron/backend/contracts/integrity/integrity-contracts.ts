// Purchase-of-services invariants for `cli check`: no payment beyond what its instalment allows
// (integrity/payment-invariants.ts), no year's commitments beyond its approved allocation, states agreeing with the
// steps recorded, and every evaluation, payment step and signing audited. The CHECKs and triggers of
// migration 0010 guard the way in; these read what is stored.
import { contractStateLabels, type ContractState } from '../../../../shared/features/contracts/contract';
import type { Invariant } from '../../core/invariant';
import {
  contractColumns,
  contractName,
  contractWithTerms,
  versionInForce,
  paymentColumns,
  paymentName,
  yuan,
} from './names';
import { paymentInvariants } from './payment-invariants';

const stateLabel = (state: unknown) => contractStateLabels[state as ContractState] ?? String(state);

/**
 * What a contract commits in each year: its budget row of the version in force; once terminated, the
 * settlement fills its years in order (a year gets what the settlement leaves after the earlier years).
 */
const committedByYear = `
  SELECT c.community_id, b.year,
    CASE WHEN c.settlement_fen IS NULL THEN b.amount_fen
      ELSE max(0, min(b.amount_fen, c.settlement_fen - coalesce((SELECT sum(e.amount_fen)
        FROM contract_budget_year e WHERE e.contract_id = c.id AND e.version = c.current_version
          AND e.year < b.year), 0))) END AS committed_fen
  FROM contract c JOIN contract_budget_year b ON b.contract_id = c.id AND b.version = c.current_version
  WHERE c.state <> 'draft'`;

const commitmentInvariants: Invariant[] = [
  {
    sql: `SELECT * FROM (
            SELECT m.name, l.year, l.amount_fen + coalesce((SELECT sum(a.amount_fen) FROM allocation_adjustment a
                WHERE a.line_id = l.id), 0) AS allocated_fen,
              k.committed_fen, k.contracts
            FROM allocation_line l
            JOIN allocation_year y ON y.year = l.year AND y.status = 'approved'
            JOIN (SELECT community_id, year, sum(committed_fen) AS committed_fen, count(*) AS contracts
                  FROM (${committedByYear}) GROUP BY community_id, year) k
              ON k.community_id = l.community_id AND k.year = l.year
            JOIN community m ON m.id = l.community_id
            WHERE l.category = 'purchased_services')
          WHERE committed_fen > allocated_fen`,
    describe: (row) =>
      `${row.name} ${row.year} 年政府购买服务经费核定 ${yuan(row.allocated_fen)}，${row.contracts} 份合同已占用 ${yuan(row.committed_fen)}，超出 ${yuan(Number(row.committed_fen) - Number(row.allocated_fen))}`,
  },
];

const stateInvariants: Invariant[] = [
  {
    sql: `SELECT ${contractColumns}, c.state FROM ${contractWithTerms}
          WHERE (c.state <> 'draft') <> (c.contract_seq IS NOT NULL AND c.signed_date IS NOT NULL
            AND c.signed_by IS NOT NULL)`,
    describe: (row) =>
      row.state === 'draft'
        ? `${contractName(row)}是草稿，却记录了合同编号或签订`
        : `${contractName(row)}状态为“${stateLabel(row.state)}”，却没有完整的合同编号和签订记录`,
  },
  {
    sql: `SELECT ${contractColumns} FROM ${contractWithTerms}
          WHERE c.state = 'signed' AND (c.started_date IS NOT NULL
            OR EXISTS (SELECT 1 FROM contract_evaluation e WHERE e.contract_id = c.id)
            OR EXISTS (SELECT 1 FROM contract_payment p WHERE p.contract_id = c.id AND p.status = 'paid'))`,
    describe: (row) => `${contractName(row)}已有履行记录（开始日期、绩效评价或付款），状态却仍为“已签订”`,
  },
  {
    sql: `SELECT ${contractColumns}, c.state, c.completed_date FROM ${contractWithTerms}
          WHERE (c.state = 'completed') <> (c.completed_date IS NOT NULL)
            OR (c.state = 'completed'
              AND NOT EXISTS (SELECT 1 FROM contract_evaluation e WHERE e.contract_id = c.id AND e.kind = 'final'))`,
    describe: (row) =>
      row.state !== 'completed'
        ? `${contractName(row)}状态为“${stateLabel(row.state)}”，却记录了验收完成日期`
        : row.completed_date === null
          ? `${contractName(row)}已验收完成，却没有完成日期`
          : `${contractName(row)}已验收完成，却没有终期评价`,
  },
  {
    sql: `SELECT ${contractColumns}, c.state FROM ${contractWithTerms}
          WHERE (c.state = 'terminated') <> (c.terminated_date IS NOT NULL
            AND coalesce(trim(c.termination_reason), '') <> '' AND c.settlement_fen IS NOT NULL
            AND c.terminated_by IS NOT NULL)`,
    describe: (row) =>
      row.state === 'terminated'
        ? `${contractName(row)}已终止，却没有完整的终止记录（终止日期、理由、结算金额和经办人）`
        : `${contractName(row)}状态为“${stateLabel(row.state)}”，却记录了终止`,
  },
];

const paymentStepLabels: Record<string, string> = {
  submit: '登记',
  approve: '审核通过',
  reject: '退回',
  reverse: '冲销',
};

const auditInvariants: Invariant[] = [
  {
    sql: `SELECT ${contractColumns} FROM ${contractWithTerms}
          WHERE c.state <> 'draft' AND NOT EXISTS (SELECT 1 FROM audit_log a
            WHERE a.entity = 'contract' AND a.entity_id = c.id AND a.action = 'sign')`,
    describe: (row) => `${contractName(row)}没有签订时的操作日志`,
  },
  {
    sql: `SELECT ${contractColumns}, e.id AS evaluation_id, e.evaluated_on FROM contract_evaluation e
          JOIN contract c ON c.id = e.contract_id ${versionInForce}
          WHERE NOT EXISTS (SELECT 1 FROM audit_log a
            WHERE a.entity = 'contract_evaluation' AND a.entity_id = e.id AND a.action = 'evaluate')`,
    describe: (row) =>
      `${contractName(row)}的绩效评价 #${row.evaluation_id}（${row.evaluated_on}）没有记录时的操作日志`,
  },
  {
    // A request is 登记 then 审核通过 or 退回; a reversal is posted at once (冲销).
    sql: `SELECT ${paymentColumns}, s.value AS step FROM contract_payment p
          JOIN json_each('["submit","approve","reject","reverse"]') s
            ON CASE s.value WHEN 'submit' THEN p.reverses_id IS NULL
                 WHEN 'approve' THEN p.reverses_id IS NULL AND p.status = 'paid'
                 WHEN 'reject' THEN p.status = 'rejected' ELSE p.reverses_id IS NOT NULL END
          WHERE NOT EXISTS (SELECT 1 FROM audit_log a
            WHERE a.entity = 'contract_payment' AND a.entity_id = p.id AND a.action = s.value)`,
    describe: (row) => `${paymentName(row)}没有${paymentStepLabels[String(row.step)]}时的操作日志`,
  },
];

export const contractsInvariants: Invariant[] = [
  ...paymentInvariants,
  ...commitmentInvariants,
  ...stateInvariants,
  ...auditInvariants,
];
