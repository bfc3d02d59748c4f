// The register's page of contracts (合同台账): filtered and paged in SQL, with the totals over every
// matching row in one aggregate, and the payments of a year per community for the budget.
import type { Db } from '../../core/db/connection';
import { escapeLike } from '../../core/audit-log';
import { contractNumbers } from '../contract-records';
import type {
  ContractPage,
  ContractRow,
  ContractState,
  Grade,
} from '../../../../shared/features/contracts/contract';
import { lastGradeSql } from '../providers/provider-queries';

export interface ContractFilter {
  year?: number;
  communityId?: number;
  providerId?: number;
  state?: ContractState;
  search: string;
  page: number;
  pageSize: number;
}

/** Each contract with its current terms, what was paid on it and what it commits. */
const matchingSql = `
  FROM contract c
  JOIN contract_version v ON v.contract_id = c.id AND v.version = c.current_version
  JOIN provider p ON p.id = c.provider_id
  JOIN community m ON m.id = c.community_id
  LEFT JOIN (SELECT contract_id, sum(amount_fen) AS paid FROM contract_payment WHERE status = 'paid'
             GROUP BY contract_id) pay ON pay.contract_id = c.id
  WHERE (@year IS NULL OR c.year = @year)
    AND (@communityId IS NULL OR c.community_id = @communityId)
    AND (@providerId IS NULL OR c.provider_id = @providerId)
    AND (@state IS NULL OR c.state = @state)
    AND (@search = '' OR v.title LIKE @pattern ESCAPE '\\' OR p.name LIKE @pattern ESCAPE '\\'
         OR ('购〔' || c.year || '〕' || c.contract_seq || '号') LIKE @pattern ESCAPE '\\')`;

const committedSql = 'coalesce(c.settlement_fen, v.price_fen)';

interface ContractListDbRow {
  id: number;
  year: number;
  seq: number | null;
  title: string;
  state: ContractState;
  communityId: number;
  communityName: string;
  providerId: number;
  providerName: string;
  startDate: string;
  endDate: string;
  price: number;
  paid: number;
  committed: number;
  lastGrade: Grade | null;
}

function paramsOf(filter: ContractFilter) {
  return {
    year: filter.year ?? null,
    communityId: filter.communityId ?? null,
    providerId: filter.providerId ?? null,
    state: filter.state ?? null,
    search: filter.search,
    pattern: `%${escapeLike(filter.search)}%`,
  };
}

function toRow(row: ContractListDbRow): ContractRow {
  return {
    id: row.id,
    contractNo: row.seq === null ? null : contractNumbers.format(row.year, row.seq),
    title: row.title,
    year: row.year,
    state: row.state,
    communityId: row.communityId,
    communityName: row.communityName,
    providerId: row.providerId,
    providerName: row.providerName,
    startDate: row.startDate,
    endDate: row.endDate,
    priceFen: row.price,
    paidFen: row.paid,
    remainingFen: row.committed - row.paid,
    lastGrade: row.lastGrade,
  };
}

export function selectContractPage(db: Db, filter: ContractFilter): ContractPage {
  const params = paramsOf(filter);
  const rows = db
    .prepare(
      `SELECT c.id, c.year, c.contract_seq AS seq, v.title, c.state, c.community_id AS communityId,
         m.name AS communityName, c.provider_id AS providerId, p.name AS providerName,
         v.start_date AS startDate, v.end_date AS endDate, v.price_fen AS price,
         coalesce(pay.paid, 0) AS paid, ${committedSql} AS committed, ${lastGradeSql('c.id')} AS lastGrade
       ${matchingSql}
       ORDER BY c.year DESC, c.contract_seq IS NULL, c.contract_seq, c.id
       LIMIT @limit OFFSET @offset`,
    )
    .all({
      ...params,
      limit: filter.pageSize,
      offset: (filter.page - 1) * filter.pageSize,
    }) as ContractListDbRow[];
  const totals = db
    .prepare(
      `SELECT count(*) AS total, coalesce(sum(v.price_fen), 0) AS price, coalesce(sum(pay.paid), 0) AS paid,
         coalesce(sum(${committedSql} - coalesce(pay.paid, 0)), 0) AS remaining
       ${matchingSql}`,
    )
    .get(params) as { total: number; price: number; paid: number; remaining: number };
  return {
    rows: rows.map(toRow),
    total: totals.total,
    totals: { priceFen: totals.price, paidFen: totals.paid, remainingFen: totals.remaining },
  };
}

/** Per community: the paid payments dated in the year on its signed contracts. */
export function paidInYear(db: Db, year: number, communityId?: number): Map<number, number> {
  const rows = db
    .prepare(
      `SELECT c.community_id AS communityId, sum(p.amount_fen) AS paid
       FROM contract_payment p JOIN contract c ON c.id = p.contract_id
       WHERE p.status = 'paid' AND p.date BETWEEN @from AND @to
         AND (@communityId IS NULL OR c.community_id = @communityId)
       GROUP BY c.community_id`,
    )
    .all({ from: `${year}-01-01`, to: `${year}-12-31`, communityId: communityId ?? null }) as {
    communityId: number;
    paid: number;
  }[];
  return new Map(rows.map((row) => [row.communityId, row.paid]));
}
