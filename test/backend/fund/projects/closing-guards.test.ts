// What keeps a closed project's figures standing on a real SQLite file: a payment of a closed project is
// not reversed, and 结项 waits for a payment's pending reversal and is not dated before the last payment
// (reversed or not).
// Each refusal names its field and changes nothing; `cli check` would otherwise find the closing's paid
// figure or a payment after 结项 (project-invariants.test.ts).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ChannelInput, ChannelName } from '../../../../shared/contract';
import { fingerprint } from '../../../fixtures/backend';
import { yuan } from '../../../fixtures/fund-donations';
import { openProjectCheckWorld, type ProjectCheckWorld } from './project-check-world';

let world: ProjectCheckWorld;
beforeAll(async () => {
  world = await openProjectCheckWorld();
});
afterAll(() => world.backend.dispose());

async function refused<C extends ChannelName>(
  channel: C,
  input: ChannelInput<C>,
  message: string,
  as: 'preparer' | 'approver',
) {
  const before = fingerprint(world.backend.dbPath);
  const result = await world.backend.as(as).send(channel, input);
  expect(result.ok ? 'accepted' : result.error.message).toBe(message);
  expect(fingerprint(world.backend.dbPath)).toBe(before);
}

async function paymentOf(projectId: number): Promise<{ id: number; number: string }> {
  const project = await world.backend.call('fund.project', { id: projectId });
  const instalment = project.agreement!.instalments[0]!;
  return { id: instalment.voucherId!, number: instalment.voucherNumber! };
}

const closing = (id: number, closedOn: string): ChannelInput<'fund.closeProject'> => ({
  id,
  closedOn,
  usedFen: yuan(1_000),
  returnedFen: 0,
  disposition: 'return_to_designation',
  report: '按计划完成',
});

describe('a closed project’s figures stand', () => {
  it('refuses to reverse a payment of a closed project', async () => {
    const payment = await paymentOf(world.ids.closed);
    await refused(
      'fund.reverseVoucher',
      { id: payment.id, date: '2026-03-12', reason: '拨错了' },
      `记账凭证 ${payment.number} 是已结项的公益项目 微基金项目〔2026〕1号 的拨付凭证，结项时已按它核定已拨付金额，不能冲销`,
      'preparer',
    );
  });

  it('refuses 结项 dated before the last payment', async () => {
    await refused(
      'fund.closeProject',
      closing(world.ids.inProgress, '2026-03-07'),
      '结项日期：不能早于 2026-03-08',
      'approver',
    );
  });

  it('refuses 结项 while a payment’s reversal waits for review, and closes once it is posted', async () => {
    const payment = await paymentOf(world.ids.inProgress);
    const reversal = await world.backend.call('fund.reverseVoucher', {
      id: payment.id,
      date: '2026-03-12',
      reason: '金额有误',
    });
    await refused(
      'fund.closeProject',
      closing(world.ids.inProgress, '2026-03-12'),
      `结项：拨付凭证 ${payment.number} 的冲销凭证还未记账，请先记账或删除后再结项`,
      'approver',
    );
    await world.backend.as('approver').call('fund.postVoucher', { id: reversal.id });
    // Nothing of it stands now, but its payment of 2026-03-08 is still in the books: 结项 is not before it.
    await refused(
      'fund.closeProject',
      { ...closing(world.ids.inProgress, '2026-03-07'), usedFen: 0 },
      '结项日期：不能早于 2026-03-08',
      'approver',
    );
    const closed = await world.backend.as('approver').call('fund.closeProject', {
      ...closing(world.ids.inProgress, '2026-03-12'),
      usedFen: 0,
    });
    expect(closed).toMatchObject({ state: 'closed', paidFen: 0 });
  });
});
