// Which donations an acknowledgement (捐赠确认书) thanks for, on a real SQLite file: the donor by the real
// name even when the donation is published anonymously, the amount the fund kept after a posted partial
// refund, and refusals (changing nothing) for a donation refunded in full or reversed in red.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ChannelInput } from '../../../../shared/contract';
import { fingerprint } from '../../../fixtures/backend';
import {
  donationInput,
  openDonationsWorld,
  personDonor,
  yuan,
  type DonationsWorld,
} from '../../../fixtures/fund-donations';

let world: DonationsWorld;
beforeEach(async () => {
  world = await openDonationsWorld();
});
afterEach(() => world.backend.dispose());

async function postedDonation(overrides: Partial<ChannelInput<'fund.recordDonation'>> = {}) {
  const recorded = await world.backend.call(
    'fund.recordDonation',
    donationInput(world.donorId, { submit: true, ...overrides }),
  );
  await world.post(recorded.voucherId);
  return recorded;
}

async function refund(donationId: number, amountFen: number): Promise<void> {
  const { voucherId } = await world.backend.call('fund.refundDonation', {
    donationId,
    date: '2026-03-14',
    amountFen,
    reason: '捐赠人重复转账',
    submit: true,
  });
  await world.post(voucherId);
}

async function refusedIssue(donationId: number, message: string): Promise<void> {
  const before = fingerprint(world.backend.dbPath);
  const result = await world.backend.send('fund.issueAcknowledgement', {
    donationId,
    issuedOn: '2026-03-15',
  });
  expect(result.ok ? 'accepted' : result.error.message).toBe(message);
  expect(fingerprint(world.backend.dbPath)).toBe(before);
}

describe('the donation an acknowledgement is issued for', () => {
  it('names an anonymous donor by the real name: the acknowledgement goes to the donor', async () => {
    const anonymous = await world.backend.call(
      'fund.createDonor',
      personDonor({ name: '张晓红', anonymous: true, publishedName: '爱心人士' }),
    );
    const recorded = await world.backend.call(
      'fund.recordDonation',
      donationInput(anonymous.id, { submit: true, amountFen: yuan(200) }),
    );
    await world.post(recorded.voucherId);
    const acknowledgement = await world.backend.call('fund.issueAcknowledgement', {
      donationId: recorded.donation.id,
      issuedOn: '2026-03-15',
    });
    expect(acknowledgement).toMatchObject({ donorName: '张晓红', amountFen: yuan(200) });
  });

  it('thanks for what the fund kept after a posted partial refund', async () => {
    const { donation } = await postedDonation({ amountFen: yuan(1_000) });
    await refund(donation.id, yuan(400));
    const acknowledgement = await world.backend.call('fund.issueAcknowledgement', {
      donationId: donation.id,
      issuedOn: '2026-03-15',
    });
    expect(acknowledgement.amountFen).toBe(yuan(600));
  });

  it('refuses a donation refunded in full', async () => {
    const { donation } = await postedDonation({ amountFen: yuan(500) });
    await refund(donation.id, yuan(500));
    await refusedIssue(donation.id, '捐赠：已全额退还（500.00 元），不能出具捐赠确认书');
  });

  it('refuses a donation whose voucher was reversed in red', async () => {
    const { donation, voucherId } = await postedDonation();
    const reversal = await world.backend.call('fund.reverseVoucher', {
      id: voucherId,
      date: '2026-03-15',
      reason: '重复登记',
    });
    await world.post(reversal.id);
    const { number } = await world.backend.call('fund.voucher', { id: voucherId });
    await refusedIssue(donation.id, `捐赠：记账凭证 ${number ?? ''} 已红字冲销，不能出具捐赠确认书`);
  });
});
