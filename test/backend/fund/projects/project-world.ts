// The welfare-project tests' world: before each test a fresh fund (fundWorld: opened 2026-01-01, clock
// 2026-03-15) with 20,000.00 元 given to 助老服务 and posted, a community 幸福社区, and the channels that
// carry a project through its workflow, as the access requests' world does.
import { afterEach, beforeEach, expect } from 'vitest';
import type { ChannelInput, ChannelName, Result } from '../../../../shared/contract';
import type { ProjectAction, ProjectState } from '../../../../shared/features/fund/projects/project-workflow';
import { fingerprint } from '../../../fixtures/backend';
import { communityInput } from '../../../fixtures/builders';
import { projectApplication } from '../../../fixtures/fund-projects';
import {
  donationInput,
  openDonationsWorld,
  yuan,
  type DonationsWorld,
} from '../../../fixtures/fund-donations';

export let world: DonationsWorld;
export let communityId: number;

beforeEach(async () => {
  world = await openDonationsWorld();
  communityId = (await world.backend.call('communities.create', communityInput({ name: '幸福社区' }))).id;
  const gift = await world.backend.call(
    'fund.recordDonation',
    donationInput(world.donorId, {
      amountFen: yuan(20_000),
      designationId: world.designationId,
      submit: true,
    }),
  );
  await world.post(gift.voucherId);
});
afterEach(() => world.backend.dispose());

/** A resident group's application for 2,000.00 元 in two budget lines, drawing on 助老服务. */
export function application(
  over: Partial<ChannelInput<'fund.applyProject'>> = {},
): ChannelInput<'fund.applyProject'> {
  return projectApplication({ ...world, communityId }, over);
}

/** The decision's and agreement's numbers are unique in the ledger: each project takes its id in them. */
export const decisionNo = (id: number) => `管委〔2026〕${id}号`;
export const agreementNo = (id: number) => `资助〔2026〕${id}号`;

/** 1,800.00 元 approved, agreed in two instalments: 1,000.00 元 then 800.00 元. */
export const approvedFen = yuan(1_800);
export const instalmentPlan = [
  { plannedOn: '2026-03-10', amountFen: yuan(1_000) },
  { plannedOn: '2026-06-10', amountFen: yuan(800) },
];

/** The first instalment with no payment standing, else the first one; null before the agreement. */
async function instalmentToPay(id: number): Promise<number | null> {
  const instalments = (await world.backend.call('fund.project', { id })).agreement?.instalments ?? [];
  return (instalments.find((instalment) => instalment.state === 'unpaid') ?? instalments[0])?.id ?? null;
}

/** 结项 of a project in progress (1,000.00 元 paid): 900.00 used, 100.00 returned, leftover back home. */
export const closingInput = (
  id: number,
  over: Partial<ChannelInput<'fund.closeProject'>> = {},
): ChannelInput<'fund.closeProject'> => ({
  id,
  closedOn: '2026-03-15',
  usedFen: yuan(900),
  returnedFen: yuan(100),
  disposition: 'return_to_designation',
  redesignation: null,
  report: '送餐服务按期完成',
  ...over,
});

/** Sends the channel that carries a workflow action: the 审核人 reviews, decides and closes. */
export async function act(id: number, action: ProjectAction): Promise<Result<unknown>> {
  const { backend } = world;
  const approver = backend.as('approver');
  switch (action) {
    case 'edit':
      return backend.send('fund.updateProject', { id, ...application({ title: '独居老人助餐（修改）' }) });
    case 'review':
      return approver.send('fund.reviewProject', { id, reviewedOn: '2026-03-05', opinion: '同意报管委会' });
    case 'approve':
    case 'reject':
      return approver.send('fund.decideProject', {
        id,
        result: action === 'approve' ? 'approved' : 'rejected',
        decidedOn: '2026-03-06',
        decisionNo: decisionNo(id),
        approvedFen: action === 'approve' ? approvedFen : null,
      });
    case 'agree':
      return backend.send('fund.agreeProject', {
        id,
        agreementNo: agreementNo(id),
        signedOn: '2026-03-08',
        instalments: instalmentPlan,
      });
    case 'pay': {
      const instalmentId = await instalmentToPay(id);
      if (instalmentId === null) throw new Error(`project ${id} has no instalment to pay`);
      return backend.send('fund.payInstalment', { instalmentId, date: '2026-03-12' });
    }
    case 'report':
      return backend.send('fund.reportProject', {
        id,
        reportedOn: '2026-03-14',
        progress: '已送餐 200 份',
        usedFen: 0,
      });
    case 'close':
      return approver.send('fund.closeProject', closingInput(id));
    case 'withdraw':
      return backend.send('fund.withdrawProject', { id, reason: '社区另有安排' });
  }
}

/** Acts, failing the test with the refusal's sentence. */
export async function step(id: number, action: ProjectAction): Promise<void> {
  const result = await act(id, action);
  if (!result.ok) throw new Error(`${action} refused: ${result.error.message}`);
}

/**
 * A project brought to `state` through the channels. 实施中 has its first instalment (1,000.00 元) posted
 * and the second unpaid; 已结项 closed on it (900 used, 100 returned); 已撤回 was withdrawn once agreed, so
 * it has instalments a payment could name.
 */
export async function projectIn(
  state: ProjectState,
  over: Partial<ChannelInput<'fund.applyProject'>> = {},
): Promise<number> {
  const { id } = await world.backend.call('fund.applyProject', application(over));
  const agreed: ProjectAction[] = ['review', 'approve', 'agree'];
  const path: Record<ProjectState, ProjectAction[]> = {
    submitted: [],
    reviewed: ['review'],
    approved: ['review', 'approve'],
    rejected: ['review', 'reject'],
    agreed,
    in_progress: [...agreed, 'pay'],
    closed: [...agreed, 'pay', 'close'],
    withdrawn: [...agreed, 'withdraw'],
  };
  for (const action of path[state]) {
    await step(id, action);
    if (action === 'pay') await postPayments(id);
  }
  return id;
}

/** Submits and posts every payment voucher of the project still a draft (经办人 submits, 审核人 posts). */
export async function postPayments(id: number): Promise<void> {
  const detail = await world.backend.call('fund.project', { id });
  for (const instalment of detail.agreement?.instalments ?? []) {
    if (instalment.state !== 'draft') continue;
    await world.backend.call('fund.submitVoucher', { id: instalment.voucherId! });
    await world.post(instalment.voucherId!);
  }
}

export const stateOf = async (id: number) => (await world.backend.call('fund.project', { id })).state;

/** Sends as `as` (经办人 unless named): refused with a message containing `message`, the file unchanged. */
export async function refused<C extends ChannelName>(
  channel: C,
  input: ChannelInput<C>,
  message: string,
  as: 'preparer' | 'approver' | 'administrator' = 'preparer',
  field?: string,
): Promise<void> {
  const before = fingerprint(world.backend.dbPath);
  const result = await world.backend.as(as).send(channel, input);
  expect(result.ok ? 'accepted' : result.error.message).toContain(message);
  if (field !== undefined && !result.ok) expect(result.error.field).toBe(field);
  expect(fingerprint(world.backend.dbPath)).toBe(before);
}
