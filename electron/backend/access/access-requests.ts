// Work-access requests (准入申请): registration, its correction or withdrawal (撤回) before the review, the
// sub-district's review, the district leading group's decision and revocation, each step allowed only by the workflow in shared/features/access/access-workflow.ts and
// audited in its own transaction. The catalogue (准入目录) is what stands admitted, read from the register.
import type { ParsedInput } from '../../../shared/contract';
import type { AccessRequest, CatalogueEntry } from '../../../shared/features/access/contract';
import type { AuditAction } from '../../../shared/contract/audit';
import { nextState, type AccessAction } from '../../../shared/features/access/access-workflow';
import { toLocalIsoDate } from '../../../shared/domain/dates';
import { formatYuan } from '../../../shared/domain/money';
import {
  findRequest,
  insertRequest,
  listRequests,
  recordDecision,
  recordReview,
  recordRevocation,
  recordWithdrawal,
  updateRequest,
} from './queries/access-requests';
import { findCommunity } from '../register';
import { recordAudit } from '../core/audit';
import { inTransaction, nowIso, type ServiceContext } from '../core/context';
import { AppError, conflict, notFound } from '../core/errors';
import { notePreparer, signApproval } from '../core/people/separation';
import { nextNumber } from '../core/posting/numbering';
import { post } from '../core/posting/posting';
import { accessRequestRecord, requestNumbers } from './access-records';

export function submitAccessRequest(ctx: ServiceContext, input: ParsedInput<'access.submit'>): AccessRequest {
  return post(ctx, {
    entity: 'access_request',
    action: 'submit',
    write: () => {
      const today = toLocalIsoDate(ctx.clock());
      notAfter(input.submittedDate, today, '申请日期', 'submittedDate');
      input.communityIds.forEach((communityId) => requireActiveCommunity(ctx, communityId));
      const year = Number(today.slice(0, 4));
      const id = insertRequest(ctx.db, {
        ...input,
        year,
        seq: nextNumber(ctx.db, requestNumbers, year),
        submittedBy: ctx.actor,
        submittedAt: nowIso(ctx),
      });
      notePreparer(ctx, accessRequestRecord(id));
      const created = findRequest(ctx.db, id)!;
      return {
        id,
        summary: `登记准入申请 ${created.requestNo}：${created.title}（${created.requestingDepartment}，适用 ${created.communities.length} 个社区，${followingResources(created)}）`,
        after: created,
        result: created,
      };
    },
  });
}

/** 修改: the same checks as at registration; the number, who registered it and when stay. */
export function updateAccessRequest(ctx: ServiceContext, input: ParsedInput<'access.update'>): AccessRequest {
  const { id, ...content } = input;
  return takeStep(ctx, id, 'edit', 'update', (before) => {
    notAfter(content.submittedDate, toLocalIsoDate(ctx.clock()), '申请日期', 'submittedDate');
    const kept = new Set(before.communities.map((community) => community.id));
    // A community archived since registration may stay on the request, but none newly archived is added.
    content.communityIds
      .filter((communityId) => !kept.has(communityId))
      .forEach((communityId) => requireActiveCommunity(ctx, communityId));
    updateRequest(ctx.db, id, content);
    notePreparer(ctx, accessRequestRecord(id));
    return `修改准入申请 ${before.requestNo}「${content.title}」（${content.requestingDepartment}，适用 ${content.communityIds.length} 个社区）`;
  });
}

/** 撤回: before the review only, with a reason; the request stays in the register, numbered as it was. */
export function withdrawAccessRequest(
  ctx: ServiceContext,
  input: ParsedInput<'access.withdraw'>,
): AccessRequest {
  return takeStep(ctx, input.id, 'withdraw', 'withdraw', (before) => {
    recordWithdrawal(ctx.db, before.id, { reason: input.reason, by: ctx.actor, at: nowIso(ctx) });
    return `撤回准入申请 ${before.requestNo}「${before.title}」，理由：${input.reason}`;
  });
}

export function reviewAccessRequest(ctx: ServiceContext, input: ParsedInput<'access.review'>): AccessRequest {
  return takeStep(ctx, input.id, 'review', 'review', (before) => {
    // Whoever registered or corrected the request does not review it, nor record its decision (制单与审核分离).
    signApproval(ctx, accessRequestRecord(before.id), 'review', `街道审核准入申请 ${before.requestNo}`);
    recordReview(ctx.db, before.id, { opinion: input.opinion, by: ctx.actor, at: nowIso(ctx) });
    return `街道审核准入申请 ${before.requestNo}「${before.title}」，意见：${input.opinion}`;
  });
}

export function decideAccessRequest(ctx: ServiceContext, input: ParsedInput<'access.decide'>): AccessRequest {
  return takeStep(ctx, input.id, input.approved ? 'approve' : 'reject', 'decide', (before) => {
    signApproval(ctx, accessRequestRecord(before.id), 'decide', `登记准入申请 ${before.requestNo} 的决定`);
    notBefore(input.decisionDate, before.submittedDate, '决定日期', '申请日期', 'decisionDate');
    notAfter(input.decisionDate, toLocalIsoDate(ctx.clock()), '决定日期', 'decisionDate');
    recordDecision(ctx.db, before.id, { ...input, by: ctx.actor, at: nowIso(ctx) });
    const outcome = input.approved ? '准予准入' : '不予准入';
    return `区领导小组决定准入申请 ${before.requestNo}「${before.title}」${outcome}（${input.decisionNo}，${input.decisionDate}）`;
  });
}

export function revokeAccessRequest(ctx: ServiceContext, input: ParsedInput<'access.revoke'>): AccessRequest {
  return takeStep(ctx, input.id, 'revoke', 'revoke', (before) => {
    notBefore(input.date, before.decision!.decisionDate, '撤销日期', '准入决定日期', 'date');
    notAfter(input.date, toLocalIsoDate(ctx.clock()), '撤销日期', 'date');
    recordRevocation(ctx.db, before.id, {
      date: input.date,
      reason: input.reason,
      by: ctx.actor,
      at: nowIso(ctx),
    });
    return `撤销准入事项 ${before.requestNo}「${before.title}」（原决定 ${before.decision!.decisionNo}），理由：${input.reason}`;
  });
}

export function listAccessRequests(ctx: ServiceContext, input: ParsedInput<'access.list'>): AccessRequest[] {
  if (input.communityId !== undefined && !findCommunity(ctx.db, input.communityId)) throw notFound('社区');
  return listRequests(ctx.db, {
    statuses: input.status ? [input.status] : null,
    communityId: input.communityId ?? null,
    search: input.search,
  });
}

export function getAccessRequest(ctx: ServiceContext, id: number): AccessRequest {
  return requireRequest(ctx, id);
}

/** The 准入目录: admitted and not revoked, oldest decision first, each citing its decision. */
export function readCatalogue(ctx: ServiceContext, input: ParsedInput<'access.catalogue'>): CatalogueEntry[] {
  if (input.communityId !== undefined && !findCommunity(ctx.db, input.communityId)) throw notFound('社区');
  return listRequests(ctx.db, { statuses: ['approved'], communityId: input.communityId ?? null, search: '' })
    .map(toCatalogueEntry)
    .sort((a, b) => a.decisionDate.localeCompare(b.decisionDate) || a.requestId - b.requestId);
}

/**
 * One workflow step: the state machine is asked first, so an illegal step is refused with its own
 * sentence before any date is checked or anything written; `apply` writes the step and says what it did.
 */
function takeStep(
  ctx: ServiceContext,
  id: number,
  action: AccessAction,
  auditAction: AuditAction,
  apply: (before: AccessRequest) => string,
): AccessRequest {
  return inTransaction(ctx, () => {
    const before = requireRequest(ctx, id);
    const step = nextState(before.status, action);
    if (!step.ok) throw conflict(step.reason);
    const summary = apply(before);
    const after = requireRequest(ctx, id);
    recordAudit(ctx, { action: auditAction, entity: 'access_request', entityId: id, summary, before, after });
    return after;
  });
}

function requireRequest(ctx: ServiceContext, id: number): AccessRequest {
  const request = findRequest(ctx.db, id);
  if (!request) throw notFound('准入申请');
  return request;
}

function requireActiveCommunity(ctx: ServiceContext, communityId: number): void {
  const community = findCommunity(ctx.db, communityId);
  if (!community)
    throw new AppError('not_found', `适用社区：编号 ${communityId} 的社区不存在或已被删除`, 'communityIds');
  if (community.status === 'archived') {
    throw new AppError(
      'conflict',
      `适用社区：社区“${community.name}”已归档，不能再适用新的工作事项`,
      'communityIds',
    );
  }
}

function notAfter(date: string, today: string, label: string, field: string): void {
  if (date > today) throw new AppError('invalid_input', `${label}：不能晚于今天（${today}）`, field);
}

function notBefore(
  date: string,
  earliest: string,
  label: string,
  earliestLabel: string,
  field: string,
): void {
  if (date < earliest)
    throw new AppError('invalid_input', `${label}：不能早于${earliestLabel} ${earliest}`, field);
}

function followingResources(request: AccessRequest): string {
  const funding =
    request.fundingFen === null ? '经费不随事转' : `随事转经费 ${formatYuan(request.fundingFen)} 元`;
  const staff = request.staffCount === null ? '人员不随事转' : `随事转人员 ${request.staffCount} 人`;
  return `${funding}、${staff}`;
}

function toCatalogueEntry(request: AccessRequest): CatalogueEntry {
  return {
    requestId: request.id,
    requestNo: request.requestNo,
    title: request.title,
    content: request.content,
    legalBasis: request.legalBasis,
    requestingDepartment: request.requestingDepartment,
    communities: request.communities,
    fundingFen: request.fundingFen,
    staffCount: request.staffCount,
    requestedStartDate: request.requestedStartDate,
    decisionNo: request.decision!.decisionNo,
    decisionDate: request.decision!.decisionDate,
  };
}
