// Computing a year's allocation: basic office funding from total households, purchased services from
// households by courtyard type, a party-building line per community to be entered by hand. The preview
// computes without saving; compute saves the draft, keeping overrides and party-building entries.
import type { AllocationPreview, PreviewLine } from '../../../shared/features/funding/contract';
import {
  amountMaxWords,
  communitiesPerYearMax,
  computeBasicOffice,
  computePurchasedServices,
  type LineComputation,
} from '../../../shared/features/funding/funding-rules';
import {
  fundingCategoryLabels,
  type FundingCategory,
  type FundingStandard,
} from '../../../shared/features/funding/contract';
import {
  ensurePartyBuildingLine,
  findAllocationYear,
  listLines,
  upsertComputedLine,
  upsertDraftYear,
} from './queries/allocations';
import { listCommunities } from '../register';
import { householdsForYear } from '../register';
import { recordAudit } from '../core/audit';
import { inTransaction, nowIso, type ServiceContext } from '../core/context';
import { AppError } from '../core/errors';
import { notePreparer } from '../core/people/separation';
import { allocationRecord } from './funding-records';
import { requireStandardForYear, rulesOf } from './funding-standards';

export function previewAllocation(ctx: ServiceContext, year: number): AllocationPreview {
  const standard = requireStandardForYear(ctx, year);
  const rules = rulesOf(standard);
  const households = householdsForYear(ctx.db, year);
  const saved = new Map(
    listLines(ctx.db, year).map((line) => [`${line.communityId}:${line.category}`, line]),
  );
  const lines: PreviewLine[] = [];
  const withoutProfile: string[] = [];
  const communities = listCommunities(ctx.db, { search: '', status: 'active' });
  refuseTooManyCommunities(year, communities.filter((community) => households.has(community.id)).length);
  for (const community of communities) {
    const figures = households.get(community.id);
    if (!figures) {
      withoutProfile.push(community.name);
      continue;
    }
    const basic = computeBasicOffice(figures.totalHouseholds, rules);
    const services = computePurchasedServices(figures.byType, rules);
    const byTypeTotal =
      figures.byType.self_governed + figures.byType.public_unit + figures.byType.property_managed;
    for (const [category, result, basis] of [
      ['basic_office', basic, figures.totalHouseholds],
      ['purchased_services', services, byTypeTotal],
    ] as const) {
      refuseOverLimit(standard, community.name, category, result);
      const kept = saved.get(`${community.id}:${category}`);
      lines.push({
        communityId: community.id,
        communityName: community.name,
        category,
        householdsBasis: basis,
        computedFen: result.amountFen,
        breakdown: result.breakdown,
        keptOverrideFen: kept && kept.overrideReason !== '' ? kept.amountFen : null,
      });
    }
  }
  const totalComputedFen = lines.reduce((sum, line) => sum + (line.computedFen ?? 0), 0);
  return { year, standard, lines, withoutProfile, totalComputedFen };
}

// A year's totals stay exact integers only while a year holds a bounded number of communities.
function refuseTooManyCommunities(year: number, count: number): void {
  if (count <= communitiesPerYearMax) return;
  throw new AppError(
    'conflict',
    `年度：${year} 年有 ${count.toLocaleString('en-US')} 个社区填报了户数，一个年度最多核定 ${communitiesPerYearMax.toLocaleString('en-US')} 个社区`,
    'year',
  );
}

function refuseOverLimit(
  standard: FundingStandard,
  communityName: string,
  category: FundingCategory,
  result: LineComputation,
): void {
  if (result.covered !== 'over_limit') return;
  throw new AppError(
    'conflict',
    `经费标准：按 ${standard.effectiveYear} 年起执行的标准，${communityName} ${fundingCategoryLabels[category]}计算为 ${result.exactYuan}，超过单项金额上限 ${amountMaxWords}，请检查标准的金额、每档户数和社区户数`,
  );
}

export function computeAllocation(ctx: ServiceContext, year: number): AllocationPreview {
  return inTransaction(ctx, () => {
    const existing = findAllocationYear(ctx.db, year);
    if (existing?.status === 'approved') {
      throw new AppError(
        'conflict',
        `年度：${year} 年的核定已审批，不能重新测算；如需变更请录入调整`,
        'year',
      );
    }
    const preview = previewAllocation(ctx, year);
    if (preview.lines.length === 0) {
      throw new AppError(
        'conflict',
        `年度：${year} 年没有任何在册社区录入了年度情况（户数），无法测算`,
        'year',
      );
    }
    const now = nowIso(ctx);
    upsertDraftYear(ctx.db, year, preview.standard.id, now);
    notePreparer(ctx, allocationRecord(year));
    for (const line of preview.lines) {
      upsertComputedLine(ctx.db, { ...line, year }, now);
      ensurePartyBuildingLine(ctx.db, year, line.communityId, now);
    }
    recordAudit(ctx, {
      action: 'compute',
      entity: 'allocation',
      entityId: year,
      summary: `测算 ${year} 年社区工作经费（草稿）：${new Set(preview.lines.map((line) => line.communityId)).size} 个社区`,
      after: { year, standardId: preview.standard.id, totalComputedFen: preview.totalComputedFen },
    });
    return preview;
  });
}
