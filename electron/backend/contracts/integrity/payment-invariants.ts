// `cli check` on payments: no instalment pays more than it allows (its amount, or for a gated one its
// amount × the coefficient of the evaluation its payments cite), no contract more than its price or
// settlement, every gated payment cites a passing evaluation of its own instalment.
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

const counted = `p.contract_id = c.id AND p.instalment_seq = i.seq AND p.status <> 'rejected'`;

export const paymentInvariants: Invariant[] = [
  {
    sql: `SELECT * FROM (
            SELECT ${contractColumns}, i.seq, i.label,
              CASE WHEN i.gate = 'none' THEN i.amount_fen
                ELSE coalesce(i.amount_fen * (SELECT max(p.coefficient_percent) FROM contract_payment p
                  WHERE ${counted} AND p.amount_fen > 0) / 100, 0) END AS allowed_fen,
              (SELECT coalesce(sum(p.amount_fen), 0) FROM contract_payment p WHERE ${counted}) AS used_fen
            FROM ${contractWithTerms}
            JOIN contract_instalment i ON i.contract_id = c.id AND i.version = c.current_version)
          WHERE used_fen > allowed_fen`,
    describe: (row) =>
      `${contractName(row)}第 ${row.seq} 期（${row.label}）已付及待审核 ${yuan(row.used_fen)}，超过该期允许支付的 ${yuan(row.allowed_fen)}`,
  },
  {
    sql: `SELECT * FROM (
            SELECT ${contractColumns}, c.settlement_fen IS NOT NULL AS ended,
              coalesce(c.settlement_fen, v.price_fen) AS limit_fen,
              (SELECT coalesce(sum(p.amount_fen), 0) FROM contract_payment p
                WHERE p.contract_id = c.id AND p.status = 'paid') AS paid_fen
            FROM ${contractWithTerms})
          WHERE paid_fen > limit_fen`,
    describe: (row) =>
      `${contractName(row)}已付 ${yuan(row.paid_fen)}，超过${row.ended ? '终止结算金额' : '合同价款'} ${yuan(row.limit_fen)}`,
  },
  {
    sql: `SELECT ${contractColumns}, ${paymentColumns}, p.instalment_seq FROM contract_payment p
          JOIN contract c ON c.id = p.contract_id ${versionInForce}
          WHERE NOT EXISTS (SELECT 1 FROM contract_instalment i
            WHERE i.contract_id = c.id AND i.version = c.current_version AND i.seq = p.instalment_seq)`,
    describe: (row) =>
      `${paymentName(row)}所付的第 ${row.instalment_seq} 期不在${contractName(row)}现行版本的分期中`,
  },
  {
    // A gated instalment is paid on the evaluation of that instalment it cites, at the coefficient the
    // evaluation keeps, and only if that coefficient pays anything.
    sql: `SELECT ${contractColumns}, ${paymentColumns}, i.seq, i.label, i.gate FROM contract_payment p
          JOIN contract c ON c.id = p.contract_id ${versionInForce}
          JOIN contract_instalment i
            ON i.contract_id = c.id AND i.version = c.current_version AND i.seq = p.instalment_seq
          LEFT JOIN contract_evaluation e ON e.id = p.evaluation_id
          WHERE i.gate <> 'none' AND p.amount_fen > 0 AND p.status <> 'rejected'
            AND (e.id IS NULL OR e.contract_id <> p.contract_id OR e.instalment_seq IS NOT p.instalment_seq
              OR e.kind <> i.gate OR e.coefficient_percent IS NOT p.coefficient_percent
              OR e.coefficient_percent = 0)`,
    describe: (row) =>
      `${paymentName(row)}付${contractName(row)}第 ${row.seq} 期（${row.label}），却没有引用该期合格的${row.gate === 'final' ? '终期' : '中期'}评价（或所记付款比例与评价不符）`,
  },
];
