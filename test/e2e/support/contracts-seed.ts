// Arranging the contracts spec's starting point through the host's API: a community with an approved
// purchased-services line for the current year (the year a contract signed today belongs to), and a
// draft contract for it dated from today to 31 December. The current year is shared with whatever earlier
// specs registered for it, so every row of the year gets its missing amounts before the approval.
import type { APIRequestContext } from '@playwright/test';
import type { Community } from '../../../shared/features/register/contract';
import type { ContractDetail } from '../../../shared/features/contracts/contract';
import { contractInput } from '../../fixtures/contracts';
import { callChannel, registerFundedCommunity } from './funding-seed';

/** Today in Asia/Shanghai, where the office is (the backend's "today"), as YYYY-MM-DD. */
export function todayInShanghai(): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(new Date());
}

export function currentYear(): number {
  return Number(todayInShanghai().slice(0, 4));
}

/**
 * Computes the year (unless already approved), enters 党建工作经费 — and any other amount still open — for
 * every row, and approves it as 审核人. `request` is a 经办人's, `approver` a 审核人's.
 */
export async function approveYear(
  request: APIRequestContext,
  approver: APIRequestContext,
  year: number,
): Promise<void> {
  const years = await callChannel(request, 'funding.years', {});
  if (years.find((entry) => entry.year === year)?.status === 'approved') return;
  await callChannel(request, 'funding.compute', { year });
  const { rows } = await callChannel(request, 'funding.year', { year });
  for (const row of rows) {
    for (const category of row.missing) {
      if (category === 'party_building') {
        await callChannel(request, 'funding.setPartyBuilding', {
          year,
          communityId: row.communityId,
          amountFen: 10_000_00,
          organisations: '社区党委',
        });
        continue;
      }
      const line = row.lines[category];
      if (!line) throw new Error(`${row.communityName} has no ${category} line to give an amount`);
      await callChannel(request, 'funding.override', {
        lineId: line.id,
        amountFen: 100_000_00,
        reason: '端到端测试：补录核定金额',
      });
    }
  }
  await callChannel(approver, 'funding.approve', { year });
}

/** A community of 15,000 households (its purchased-services line 250,000 元 and more) in an approved year. */
export async function communityWithApprovedYear(
  request: APIRequestContext,
  approver: APIRequestContext,
  name: string,
  year: number,
): Promise<Community> {
  const community = await registerFundedCommunity(request, {
    name,
    year,
    totalHouseholds: 15_000,
    courtyardHouseholds: { self_governed: 5_000, public_unit: 3_000, property_managed: 7_000 },
  });
  await approveYear(request, approver, year);
  return community;
}

/**
 * The fixtures' 120,000.00 元 contract, moved to today … 31 December of this year with every instalment
 * planned today: 首期 36,000 (none), 中期 48,000 (interim), 尾款 36,000 (final).
 */
export async function draftContract(
  request: APIRequestContext,
  communityId: number,
  providerId: number,
): Promise<ContractDetail> {
  const today = todayInShanghai();
  const year = Number(today.slice(0, 4));
  const input = contractInput(communityId, providerId);
  return callChannel(request, 'contracts.create', {
    ...input,
    year,
    title: `${year} 年度社区老年人助餐与探访服务项目`,
    startDate: today,
    endDate: `${year}-12-31`,
    instalments: input.instalments.map((instalment) => ({ ...instalment, plannedDate: today })),
  });
}
