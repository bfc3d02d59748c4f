// The steps of a demo welfare project (公益项目), each through its channel and by the role that takes it:
// 经办人 applies, signs the agreement, pays the instalments and reports; 审核人 reviews, records the
// 管委会's decision and posts the grant vouchers. Decision and agreement numbers run per year, as an
// office would number them.
import type { ChannelInput } from '../../shared/contract';
import { post, yuan, type Fund } from './demo-fund-setup';
import { call } from './open-backend';

/** The demo's recent entries lie at most this many days back: never in last year's closed first half. */
export const furthestBackDays = 180;

/** The day `days` before (negative: after) `today`, both ISO dates. */
export function daysBefore(today: string, days: number): string {
  if (days > furthestBackDays) throw new Error(`演示数据：${days} 天前可能落在已结账的月份`);
  const day = new Date(`${today}T00:00:00Z`);
  day.setUTCDate(day.getUTCDate() - days);
  return day.toISOString().slice(0, 10);
}

export interface ProjectDesk {
  fund: Fund;
  decisions: Map<string, number>;
  agreements: Map<string, number>;
}

export function projectDesk(fund: Fund): ProjectDesk {
  return { fund, decisions: new Map(), agreements: new Map() };
}

/** The next number of a series in the year of `date`: 官渡民生基金管委〔2026〕3号. */
function numbered(series: Map<string, number>, prefix: string, date: string): string {
  const year = date.slice(0, 4);
  const next = (series.get(year) ?? 0) + 1;
  series.set(year, next);
  return `${prefix}〔${year}〕${next}号`;
}

export interface DemoProjectFunds {
  designations: Record<'century' | 'asia' | 'elderly', { id: number }>;
  /** The anonymous donor whose gift to 新亚洲体育城 pays the running project. */
  anonymousDonorId: number;
}

/** What the demo's project seeders share. */
export interface ProjectContext {
  desk: ProjectDesk;
  ago: (days: number) => string;
  communityIds: (name: string) => number;
  providerIds: (key: string) => number;
  funds: DemoProjectFunds;
}

const decisionSeries = '官渡民生基金管委';

export type Applicant = { providerId: number } | { group: string; contact: string; phone: string };

export interface DemoApplication {
  communityId: number;
  applicant: Applicant;
  title: string;
  purpose: string;
  beneficiaries: string;
  periodStart: string;
  periodEnd: string;
  /** [支出项目, 元] */
  lines: [string, number][];
  designationId: number | null;
  appliedOn: string;
}

function applicantFields(applicant: Applicant) {
  if ('providerId' in applicant)
    return { applicantKind: 'provider' as const, providerId: applicant.providerId, applicantName: '' };
  return {
    applicantKind: 'resident_group' as const,
    providerId: null,
    applicantName: applicant.group,
    applicantContact: applicant.contact,
    applicantPhone: applicant.phone,
  };
}

export async function apply(desk: ProjectDesk, application: DemoApplication): Promise<number> {
  const { applicant, lines, ...rest } = application;
  const budgetLines = lines.map(([item, amount]) => ({ item, amountFen: yuan(amount) }));
  const input: ChannelInput<'fund.applyProject'> = {
    ...rest,
    ...applicantFields(applicant),
    budgetFen: budgetLines.reduce((sum, line) => sum + line.amountFen, 0),
    budgetLines,
  };
  return (await call(desk.fund.people.preparer, 'fund.applyProject', input)).id;
}

/** An application and, when given, the office's review and the 管委会's decision on it. */
export interface DemoProposal {
  application: DemoApplication;
  /** [初审日期, 初审意见] */
  review?: [string, string];
  /** [决议日期, 批准金额（元）or null for 不予资助, 资助条件 or the reason refused] */
  decision?: [string, number | null, string?];
}

export async function propose(desk: ProjectDesk, proposal: DemoProposal): Promise<number> {
  const id = await apply(desk, proposal.application);
  if (proposal.review) await review(desk, id, ...proposal.review);
  if (proposal.decision) await decide(desk, id, ...proposal.decision);
  return id;
}

export async function review(desk: ProjectDesk, id: number, reviewedOn: string, opinion: string) {
  await call(desk.fund.people.approver, 'fund.reviewProject', { id, reviewedOn, opinion });
}

/** The 管委会's decision: an amount in 元 approved, or null for 不予资助 (the reason in `conditions`). */
export async function decide(
  desk: ProjectDesk,
  id: number,
  decidedOn: string,
  approved: number | null,
  conditions = '',
) {
  await call(desk.fund.people.approver, 'fund.decideProject', {
    id,
    result: approved === null ? 'rejected' : 'approved',
    decidedOn,
    decisionNo: numbered(desk.decisions, decisionSeries, decidedOn),
    approvedFen: approved === null ? null : yuan(approved),
    conditions,
  });
}

/** Signs the grant agreement; `instalments` are [计划日期, 元]. Returns the instalments' ids in order. */
export async function agree(
  desk: ProjectDesk,
  id: number,
  signedOn: string,
  terms: string,
  instalments: [string, number][],
): Promise<number[]> {
  const agreed = await call(desk.fund.people.preparer, 'fund.agreeProject', {
    id,
    agreementNo: numbered(desk.agreements, '官渡民生基金资助', signedOn),
    signedOn,
    terms,
    instalments: instalments.map(([plannedOn, amount]) => ({ plannedOn, amountFen: yuan(amount) })),
  });
  return agreed.agreement!.instalments.map((instalment) => instalment.id);
}

/** The instalment's grant voucher, drafted and submitted by the 经办人 and posted by the 审核人. */
export async function pay(desk: ProjectDesk, instalmentId: number, date: string): Promise<number> {
  const { voucherId } = await call(desk.fund.people.preparer, 'fund.payInstalment', {
    instalmentId,
    date,
    attachments: 2,
    submit: true,
  });
  await post(desk.fund, voucherId);
  return voucherId;
}

/** A progress report; `used` is the money used since the start, in 元. */
export async function report(
  desk: ProjectDesk,
  id: number,
  reportedOn: string,
  progress: string,
  used: number,
) {
  await call(desk.fund.people.preparer, 'fund.reportProject', {
    id,
    reportedOn,
    progress,
    usedFen: yuan(used),
  });
}

export interface DemoClosing {
  closedOn: string;
  /** 元 */
  used: number;
  returned: number;
  report: string;
  /** The 管委会's re-designation of the leftover; left out, it goes back to its designation. */
  redesignation?: { decidedOn: string; targetDesignationId: number };
}

/** 结项 by the 审核人. */
export async function close(desk: ProjectDesk, id: number, closing: DemoClosing) {
  const { redesignation } = closing;
  await call(desk.fund.people.approver, 'fund.closeProject', {
    id,
    closedOn: closing.closedOn,
    usedFen: yuan(closing.used),
    returnedFen: yuan(closing.returned),
    disposition: redesignation ? 'redesignate' : 'return_to_designation',
    redesignation: redesignation
      ? { ...redesignation, decisionNo: numbered(desk.decisions, decisionSeries, redesignation.decidedOn) }
      : null,
    report: closing.report,
  });
}

/** The register's line for a project notice posted on the community's board for ten working days. */
export async function postedNotice(
  desk: ProjectDesk,
  kind: 'project_update' | 'project_closing',
  projectId: number,
  publishedOn: string,
) {
  await call(desk.fund.people.preparer, 'fund.recordDisclosure', {
    kind,
    year: Number(publishedOn.slice(0, 4)),
    projectId,
    publishedOn,
    workingDays: 10,
  });
}
