// What contracts commit against a community's approved purchased-services line (政府购买服务经费) of a
// year: the year's budget rows of every signed contract, a terminated one by its settlement attributed to
// its years in order. Signing, and an amendment raising the price, must stay within the allocation.
import type { Db } from '../core/db/connection';
import { conflict } from '../core/errors';
import { formatYuan } from '../../../shared/domain/money';
import type { BudgetYear } from '../../../shared/features/contracts/contract';
import { approvedPurchasedServicesLine } from '../funding';

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
export function committedInYear(
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

/**
 * Refuses a contract's budget rows that the community's allocations cannot carry. The first year must be
 * approved; a later year without an approved allocation yet is let through (`cli check` reports it when it
 * exceeds the allocation once approved).
 */
export function refuseOverCommitment(
  db: Db,
  contract: { id: number; communityId: number },
  budgetYears: readonly BudgetYear[],
  field = 'priceFen',
): void {
  budgetYears.forEach((row, i) => {
    const line = approvedPurchasedServicesLine(db, row.year, contract.communityId);
    if (!line) {
      if (i > 0) return;
      throw conflict(
        `合同价款：${row.year} 年度经费尚未审批，不能签订合同（先审批该年度政府购买服务经费）`,
        field,
      );
    }
    const committed =
      committedInYear(db, row.year, { communityId: contract.communityId, exceptContractId: contract.id })[0]
        ?.committedFen ?? 0;
    const remaining = line.allocatedFen - committed;
    if (row.amountFen <= remaining) return;
    throw conflict(
      `合同价款：${row.year} 年政府购买服务经费 ${formatYuan(line.allocatedFen)} 元，已被合同占用 ${formatYuan(committed)} 元，` +
        `剩余 ${formatYuan(remaining)} 元，不足以签订本合同（${formatYuan(row.amountFen)} 元）`,
      field,
    );
  });
}
