// The register's read (政府购买服务合同台账): every non-draft contract of a year with what its row shows, in
// one query in the order of their numbers, so a year of thousands of contracts is not read one by one.
import type { Db } from '../../core/db/connection';
import type { ContractState, Grade, ProcurementMethod } from '../../../../shared/features/contracts/contract';
import type { RegisterContract } from '../documents/document-data';
import { contractNumbers } from '../contract-records';

interface RegisterDbRow {
  year: number;
  seq: number;
  state: ContractState;
  communityName: string;
  providerName: string;
  uscc: string;
  title: string;
  procurementMethod: ProcurementMethod;
  startDate: string;
  endDate: string;
  price: number;
  paid: number;
  committed: number;
  grade: Grade | null;
  totalTenths: number | null;
}

export function selectRegisterContracts(db: Db, year: number): RegisterContract[] {
  const rows = db
    .prepare(
      `SELECT c.year, c.contract_seq AS seq, c.state, m.name AS communityName, p.name AS providerName, p.uscc,
         v.title, v.procurement_method AS procurementMethod, v.start_date AS startDate, v.end_date AS endDate,
         v.price_fen AS price, coalesce(pay.paid, 0) AS paid, coalesce(c.settlement_fen, v.price_fen) AS committed,
         e.grade, e.total_tenths AS totalTenths
       FROM contract c
       JOIN contract_version v ON v.contract_id = c.id AND v.version = c.current_version
       JOIN provider p ON p.id = c.provider_id
       JOIN community m ON m.id = c.community_id
       LEFT JOIN (SELECT contract_id, sum(amount_fen) AS paid FROM contract_payment WHERE status = 'paid'
                  GROUP BY contract_id) pay ON pay.contract_id = c.id
       -- The latest evaluation, as the list's 最近评价 takes it: the last evaluated, the last recorded.
       LEFT JOIN contract_evaluation e ON e.id = (
         SELECT id FROM contract_evaluation WHERE contract_id = c.id
         ORDER BY evaluated_on DESC, id DESC LIMIT 1)
       WHERE c.year = ? AND c.state <> 'draft'
       ORDER BY c.contract_seq`,
    )
    .all(year) as RegisterDbRow[];
  return rows.map((row) => ({
    contractNo: contractNumbers.format(row.year, row.seq),
    state: row.state,
    community: { name: row.communityName },
    provider: { name: row.providerName, uscc: row.uscc },
    terms: {
      title: row.title,
      procurementMethod: row.procurementMethod,
      startDate: row.startDate,
      endDate: row.endDate,
      priceFen: row.price,
    },
    totals: { paidFen: row.paid, remainingFen: row.committed - row.paid },
    evaluations: row.grade === null ? [] : [{ grade: row.grade, totalTenths: row.totalTenths! }],
  }));
}
