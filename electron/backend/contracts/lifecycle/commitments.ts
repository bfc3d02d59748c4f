// What contracts commit against a community's approved purchased-services line (政府购买服务经费) of a
// year: the year's budget rows of every signed contract, a terminated one by its settlement attributed to
// its years in order. Signing, and an amendment raising the price, must stay within the allocation.
import type { Db } from '../../core/db/connection';
import { selectCommittedInYear } from '../queries/commitments';
import { conflict } from '../../core/errors';
import { formatYuan } from '../../../../shared/domain/money';
import type { BudgetYear } from '../../../../shared/features/contracts/contract';
import { approvedPurchasedServicesLine } from '../../funding';

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
      selectCommittedInYear(db, row.year, {
        communityId: contract.communityId,
        exceptContractId: contract.id,
      })[0]?.committedFen ?? 0;
    const remaining = line.allocatedFen - committed;
    if (row.amountFen <= remaining) return;
    throw conflict(
      `合同价款：${row.year} 年政府购买服务经费 ${formatYuan(line.allocatedFen)} 元，已被合同占用 ${formatYuan(committed)} 元，` +
        `剩余 ${formatYuan(remaining)} 元，不足以签订本合同（${formatYuan(row.amountFen)} 元）`,
      field,
    );
  });
}
