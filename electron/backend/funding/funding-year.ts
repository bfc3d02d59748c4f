// Read models of a year's funding: the office-wide table (communities × lines) and one community's page.
import {
  fundingCategories,
  type AllocationLine,
  type CommunityFunding,
  type CommunityFundingRow,
  type FundingCategory,
  type FundingYear,
} from '../../../shared/features/funding/contract';
import type { Community } from '../../../shared/features/register/contract';
import { findAllocationYear, listAllocationYears, listLines } from './queries/allocations';
import { listCommunities } from '../register';
import { listAdjustments, listDisbursements } from './queries/postings';
import type { YearHouseholds } from '../register';
import { registerChange, yearBasis, type YearBasis } from './approved-basis';
import { requireCommunity } from '../register';
import { byPinyin } from '../../../shared/domain/chinese-order';
import type { ServiceContext } from '../core/context';
import { postingWindow } from './posting-dates';

const noHouseholds = { self_governed: 0, public_unit: 0, property_managed: 0 };

export function listFundingYears(ctx: ServiceContext) {
  return listAllocationYears(ctx.db).map(({ year, status, approvedAt }) => ({ year, status, approvedAt }));
}

export function readFundingYear(ctx: ServiceContext, year: number): FundingYear {
  const allocationYear = findAllocationYear(ctx.db, year);
  const lines = listLines(ctx.db, year);
  const basis = yearBasis(ctx, allocationYear, year);
  const linesByCommunity = groupBy(lines, (line) => line.communityId);
  const communities = listCommunities(ctx.db, { search: '', status: 'all' })
    .filter((community) => community.status === 'active' || linesByCommunity.has(community.id))
    .sort((a, b) => byPinyin(a.name, b.name));
  const rows = communities.map((community) =>
    fundingRow(community, linesByCommunity.get(community.id) ?? [], basis),
  );
  return {
    year,
    status: allocationYear?.status ?? 'none',
    approvedBy: allocationYear?.approvedBy ?? null,
    approvedAt: allocationYear?.approvedAt ?? null,
    standard: basis.standard,
    rows,
    totals: totalsOf(rows),
  };
}

export function readCommunityFunding(
  ctx: ServiceContext,
  year: number,
  communityId: number,
): CommunityFunding {
  const community = requireCommunity(ctx, communityId);
  const allocationYear = findAllocationYear(ctx.db, year);
  const lines = listLines(ctx.db, year, communityId);
  const basis = yearBasis(ctx, allocationYear, year);
  const figures = basis.households.get(communityId);
  const lineIds = lines.map((line) => line.id);
  const standard = basis.standard;
  return {
    year,
    status: allocationYear?.status ?? 'none',
    postingWindow: postingWindow(ctx, year),
    row: fundingRow(community, lines, basis),
    adjustments: listAdjustments(ctx.db, lineIds),
    disbursements: listDisbursements(ctx.db, lineIds),
    secretaryUpliftPercent: figures?.secretaryIsDirector && standard ? standard.secretaryUpliftPercent : null,
  };
}

function fundingRow(community: Community, lines: AllocationLine[], basis: YearBasis): CommunityFundingRow {
  // A community outside the approved year (no lines) has no frozen basis: it shows the register.
  const source = lines.length === 0 && basis.register ? basis.register : basis.households;
  const figures: YearHouseholds | undefined = source.get(community.id);
  const byCategory: Partial<Record<FundingCategory, AllocationLine>> = {};
  for (const line of lines) byCategory[line.category] = line;
  const missing = lines.filter((line) => line.amountFen === null).map((line) => line.category);
  return {
    communityId: community.id,
    communityName: community.name,
    isPilot: community.isPilot,
    totalHouseholds: figures?.totalHouseholds ?? null,
    householdsByType: figures?.byType ?? { ...noHouseholds },
    lines: byCategory,
    allocatedFen: sum(lines.map((line) => line.allocatedFen)),
    disbursedFen: sum(lines.map((line) => line.disbursedFen)),
    remainingFen: sum(lines.map((line) => line.remainingFen)),
    missing,
    registerNow:
      basis.register && lines.length > 0 ? registerChange(figures, basis.register.get(community.id)) : null,
  };
}

function totalsOf(rows: CommunityFundingRow[]): FundingYear['totals'] {
  const byCategory = { basic_office: 0, party_building: 0, purchased_services: 0 };
  for (const row of rows) {
    for (const category of fundingCategories) byCategory[category] += row.lines[category]?.allocatedFen ?? 0;
  }
  return {
    byCategory,
    allocatedFen: sum(rows.map((row) => row.allocatedFen)),
    disbursedFen: sum(rows.map((row) => row.disbursedFen)),
    remainingFen: sum(rows.map((row) => row.remainingFen)),
  };
}

function sum(values: number[]): number {
  return values.reduce((total, value) => total + value, 0);
}

function groupBy<T, K>(items: T[], key: (item: T) => K): Map<K, T[]> {
  const groups = new Map<K, T[]>();
  for (const item of items) groups.set(key(item), [...(groups.get(key(item)) ?? []), item]);
  return groups;
}
