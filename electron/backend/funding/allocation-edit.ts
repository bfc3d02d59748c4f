// Changes to a draft allocation (party-building amounts, overrides with a reason) and its approval.
// Once approved, the lines are frozen by triggers; later changes are adjustments (funding-postings.ts).
import type { ParsedInput } from '../../../shared/contract';
import { fundingCategoryLabels, type AllocationLine } from '../../../shared/features/funding/contract';
import { amountMaxFen, amountMaxWords } from '../../../shared/features/funding/funding-rules';
import { formatYuan } from '../../../shared/domain/money';
import {
  approveYear,
  findAllocationYear,
  findLine,
  findLineByKey,
  listLines,
  setOverride,
  setPartyBuilding as setPartyBuildingRow,
} from './queries/allocations';
import { findApprovedStandard } from './queries/approved-basis';
import { findCommunity } from '../register';
import { previewAllocation } from './allocation-compute';
import { freezeBasis } from './approved-basis';
import { recordAudit } from '../core/audit';
import { inTransaction, nowIso, type ServiceContext } from '../core/context';
import { AppError, notFound } from '../core/errors';
import { notePreparer, signApproval } from '../core/people/separation';
import { allocationRecord } from './funding-records';

export function setPartyBuilding(
  ctx: ServiceContext,
  input: ParsedInput<'funding.setPartyBuilding'>,
): AllocationLine {
  return inTransaction(ctx, () => {
    requireDraftYear(ctx, input.year);
    const before = findLineByKey(ctx.db, input.year, input.communityId, 'party_building');
    if (!before) throw new AppError('conflict', '党建工作经费：该社区本年度尚未测算，请先测算全年经费');
    setPartyBuildingRow(ctx.db, before.id, input.amountFen, input.organisations, nowIso(ctx));
    return auditLineChange(ctx, before, `录入党建工作经费 ${formatYuan(input.amountFen)} 元`);
  });
}

export function overrideLine(ctx: ServiceContext, input: ParsedInput<'funding.override'>): AllocationLine {
  return inTransaction(ctx, () => {
    const before = requireDraftLine(ctx, input.lineId);
    if (before.category === 'party_building') {
      throw new AppError('invalid_input', '核定金额：党建工作经费直接录入金额即可，无需调整', 'amountFen');
    }
    setOverride(ctx.db, before.id, input.amountFen, input.reason, nowIso(ctx));
    return auditLineChange(
      ctx,
      before,
      `调整核定金额为 ${formatYuan(input.amountFen)} 元，理由：${input.reason}`,
    );
  });
}

export function clearOverride(ctx: ServiceContext, lineId: number): AllocationLine {
  return inTransaction(ctx, () => {
    const before = requireDraftLine(ctx, lineId);
    if (before.overrideReason === '') throw new AppError('conflict', '该项目没有手工调整，无需恢复');
    setOverride(ctx.db, before.id, before.computedFen, '', nowIso(ctx));
    return auditLineChange(ctx, before, '恢复为按标准测算的金额');
  });
}

export function approveAllocation(ctx: ServiceContext, year: number) {
  return inTransaction(ctx, () => {
    const draft = requireDraftYear(ctx, year);
    // Whoever computed or changed the draft does not approve it (制单与审核分离): asked first, so the
    // refusal names the reason that would stand after every other one was put right.
    signApproval(ctx, allocationRecord(year), 'approve', `审批 ${year} 年度经费`);
    const lines = listLines(ctx.db, year);
    const missing = lines.filter((line) => line.amountFen === null);
    if (missing.length > 0)
      throw new AppError(
        'conflict',
        `审批：还有 ${missing.length} 个项目未确定金额（${describeLines(ctx, missing)}）`,
      );
    refuseStaleLines(ctx, year, draft.standardId, lines);
    const now = nowIso(ctx);
    freezeBasis(ctx, year, draft.standardId, now);
    approveYear(ctx.db, year, ctx.actor, now);
    const after = findAllocationYear(ctx.db, year)!;
    recordAudit(ctx, {
      action: 'approve',
      entity: 'allocation',
      entityId: year,
      summary: `审批 ${year} 年社区工作经费核定`,
      after: { ...after, basis: findApprovedStandard(ctx.db, year) },
    });
    return { year, status: after.status, approvedBy: after.approvedBy, approvedAt: after.approvedAt };
  });
}

// Approval freezes the register and the standard as the basis of the lines, so they must still be what
// the lines were computed from: a profile or standard edited since computing needs a new computation.
function refuseStaleLines(ctx: ServiceContext, year: number, standardId: number, lines: AllocationLine[]) {
  const preview = previewAllocation(ctx, year);
  const computed = new Map(preview.lines.map((line) => [`${line.communityId}:${line.category}`, line]));
  const stale = lines.filter((line) => {
    const now = computed.get(`${line.communityId}:${line.category}`);
    return (
      now !== undefined &&
      (now.computedFen !== line.computedFen ||
        now.householdsBasis !== line.householdsBasis ||
        now.breakdown !== line.breakdown)
    );
  });
  if (stale.length > 0 || preview.standard.id !== standardId)
    throw new AppError(
      'conflict',
      `审批：测算之后${stale.length > 0 ? `户数或经费标准有变更（${describeLines(ctx, stale)}）` : '适用的经费标准有变更'}，请先重新测算再审批`,
    );
}

function describeLines(ctx: ServiceContext, lines: AllocationLine[]): string {
  const names = lines
    .slice(0, 5)
    .map(
      (line) =>
        `${findCommunity(ctx.db, line.communityId)?.name ?? line.communityId} ${fundingCategoryLabels[line.category]}`,
    );
  return `${names.join('、')}${lines.length > 5 ? ' 等' : ''}`;
}

/** A draft line changed: its year's draft names this user among its preparers, and the change is audited. */
function auditLineChange(ctx: ServiceContext, before: AllocationLine, what: string): AllocationLine {
  notePreparer(ctx, allocationRecord(before.year));
  const after = findLine(ctx.db, before.id)!;
  const community = findCommunity(ctx.db, before.communityId);
  recordAudit(ctx, {
    action: 'update',
    entity: 'allocation_line',
    entityId: before.id,
    summary: `${community?.name ?? ''} ${before.year} 年${fundingCategoryLabels[before.category]}：${what}`,
    before,
    after,
  });
  return after;
}

function requireDraftYear(ctx: ServiceContext, year: number) {
  const allocationYear = findAllocationYear(ctx.db, year);
  if (!allocationYear) throw new AppError('conflict', `年度：${year} 年尚未测算`, 'year');
  if (allocationYear.status === 'approved') {
    throw new AppError('conflict', `年度：${year} 年的核定已审批，不能再修改；如需变更请录入调整`, 'year');
  }
  return allocationYear;
}

function requireDraftLine(ctx: ServiceContext, lineId: number): AllocationLine {
  const line = findLine(ctx.db, lineId);
  if (!line) throw notFound('经费项目');
  requireDraftYear(ctx, line.year);
  return line;
}

/** An adjustment never takes a line's allocation past the maximum of one amount (amountMaxFen). */
export function refuseOverLineMax(line: AllocationLine, adjustmentFen: number): void {
  const after = line.allocatedFen + adjustmentFen;
  if (after <= amountMaxFen) return;
  throw new AppError(
    'invalid_input',
    `调整金额：调整后应拨 ${formatYuan(after)} 元，超过单项金额上限 ${amountMaxWords}（现应拨 ${formatYuan(line.allocatedFen)} 元，最多还可调增 ${formatYuan(amountMaxFen - line.allocatedFen)} 元）`,
    'amountFen',
  );
}

export function requireApprovedLine(ctx: ServiceContext, lineId: number): AllocationLine {
  const line = findLine(ctx.db, lineId);
  if (!line) throw notFound('经费项目');
  if (findAllocationYear(ctx.db, line.year)?.status !== 'approved') {
    throw new AppError('conflict', `${line.year} 年的核定尚未审批，审批后才能拨付或调整`);
  }
  return line;
}
