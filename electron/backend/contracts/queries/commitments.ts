// Queries of what signed contracts commit per community and year: the year's budget rows of their current
// versions, a terminated contract's by its settlement attributed to its years in order.
import type { Db } from '../../core/db/connection';

/** Each (contract, year) row of the current versions of non-draft contracts, with what it commits. */
const committedRowsSql = `
  WITH budget AS (
    SELECT c.id AS contractId, c.community_id AS communityId, b.year, b.amount_fen AS amount, c.state,
      c.settlement_fen AS settlement,
      coalesce(sum(b.amount_fen) OVER (PARTITION BY c.id ORDER BY b.year
        ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING), 0) AS earlier
    FROM contract c JOIN contract_budget_year b ON b.contract_id = c.id AND b.version = c.current_version
    WHERE c.state <> 'draft')
  SELECT contractId, communityId, year,
    CASE WHEN state = 'terminated' THEN max(0, min(amount, settlement - earlier)) ELSE amount END AS committed
  FROM budget`;

export interface Committed {
  communityId: number;
  committedFen: number;
  contracts: number;
}

/** Per community, what the year's contracts commit (one contract left out: the one being signed). */
export function selectCommittedInYear(
  db: Db,
  year: number,
  options: { communityId?: number; exceptContractId?: number } = {},
): Committed[] {
  return db
    .prepare(
      `SELECT communityId, sum(committed) AS committedFen, count(*) AS contracts FROM (${committedRowsSql})
       WHERE year = @year AND (@communityId IS NULL OR communityId = @communityId)
         AND contractId IS NOT @exceptContractId
       GROUP BY communityId ORDER BY communityId`,
    )
    .all({
      year,
      communityId: options.communityId ?? null,
      exceptContractId: options.exceptContractId ?? null,
    }) as Committed[];
}
