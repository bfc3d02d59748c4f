// What the money services read of a contract: its state, number, dates, price and settlement, and the
// instalments of the version in force.
import type { ContractState, ScheduledInstalmentTerms } from '../../../../shared/features/contracts/contract';
import type { Db } from '../../core/db/connection';
import { contractNumbers } from '../contract-records';

export interface ContractFacts {
  id: number;
  year: number;
  /** 购〔2026〕3号; a draft's has none. */
  contractNo: string | null;
  title: string;
  state: ContractState;
  currentVersion: number;
  signedDate: string | null;
  startedDate: string | null;
  startDate: string;
  endDate: string;
  priceFen: number;
  settlementFen: number | null;
  instalments: ScheduledInstalmentTerms[];
}

type FactsDbRow = Omit<ContractFacts, 'contractNo' | 'instalments'> & { contractSeq: number | null };

export function findContractFacts(db: Db, contractId: number): ContractFacts | undefined {
  const row = db
    .prepare(
      `SELECT c.id, c.year, c.contract_seq AS contractSeq, v.title, c.state, c.current_version AS currentVersion,
         c.signed_date AS signedDate, c.started_date AS startedDate, v.start_date AS startDate,
         v.end_date AS endDate, v.price_fen AS priceFen, c.settlement_fen AS settlementFen
       FROM contract c JOIN contract_version v ON v.contract_id = c.id AND v.version = c.current_version
       WHERE c.id = ?`,
    )
    .get(contractId) as FactsDbRow | undefined;
  if (!row) return undefined;
  const instalments = db
    .prepare(
      `SELECT seq, label, amount_fen AS amountFen, planned_date AS plannedDate, gate FROM contract_instalment
       WHERE contract_id = ? AND version = ? ORDER BY seq`,
    )
    .all(row.id, row.currentVersion) as ScheduledInstalmentTerms[];
  const { contractSeq, ...facts } = row;
  const contractNo = contractSeq === null ? null : contractNumbers.format(row.year, contractSeq);
  return { ...facts, contractNo, instalments };
}

/** A signed contract's first evaluation or payment starts its performance (履行). */
export function markPerforming(db: Db, contractId: number, startedDate: string): void {
  db.prepare(
    `UPDATE contract SET state = 'performing', started_date = ? WHERE id = ? AND state = 'signed'`,
  ).run(startedDate, contractId);
}
