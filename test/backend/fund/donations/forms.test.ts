// The forms that write a voucher, through the channels: a grant to a provider (refused beyond what its
// designation still has), bank charges, interest and a refund of a donation within its limits.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ChannelInput, ChannelName } from '../../../../shared/contract';
import { fingerprint } from '../../../fixtures/backend';
import {
  donationInput,
  openDonationsWorld,
  yuan,
  type DonationsWorld,
} from '../../../fixtures/fund-donations';

let world: DonationsWorld;
beforeEach(async () => {
  world = await openDonationsWorld();
});
afterEach(() => world.backend.dispose());

async function refused<C extends ChannelName>(
  channel: C,
  input: ChannelInput<C>,
  message: string,
): Promise<void> {
  const before = fingerprint(world.backend.dbPath);
  const result = await world.backend.send(channel, input);
  expect(result.ok ? 'accepted' : result.error.message).toContain(message);
  expect(fingerprint(world.backend.dbPath)).toBe(before);
}

async function restrictedDonation(amountFen: number) {
  const recorded = await world.backend.call(
    'fund.recordDonation',
    donationInput(world.donorId, { amountFen, designationId: world.designationId, submit: true }),
  );
  await world.post(recorded.voucherId);
  return recorded.donation;
}

const grant = (overrides: Partial<ChannelInput<'fund.payGrant'>> = {}): ChannelInput<'fund.payGrant'> => ({
  providerId: world.providerId,
  date: '2026-03-14',
  amountFen: yuan(300),
  designationId: world.designationId,
  summary: '',
  attachments: 2,
  hostReference: 'HK-001',
  ...overrides,
});

describe('fund.payGrant', () => {
  it('writes Dr 5101 (designated) / Cr 1002 naming the provider, submitted when asked', async () => {
    await restrictedDonation(yuan(1_000));
    const { voucherId } = await world.backend.call('fund.payGrant', grant({ submit: true }));
    expect(world.voucher(voucherId)).toMatchObject({
      kind: 'grant',
      state: 'submitted',
      provider_id: world.providerId,
      counterparty: '成都市锦江区乐仁社会工作服务中心',
    });
    expect(world.linesOf(voucherId)).toEqual([
      ['5101', world.designationId, yuan(300), 0],
      ['1002', null, 0, yuan(300)],
    ]);
  });

  it('refuses a grant beyond the designation available, showing received, used and available', async () => {
    await restrictedDonation(yuan(500));
    const first = await world.backend.call('fund.payGrant', grant({ amountFen: yuan(200), submit: true }));
    await world.post(first.voucherId);
    await refused(
      'fund.payGrant',
      grant({ amountFen: yuan(301) }),
      '限定用途「助老服务」余额不足：已收 500.00 元，已用 200.00 元，可用 300.00 元，本次 301.00 元',
    );
    // Unrestricted money is not checked against a designation.
    await world.backend.call('fund.payGrant', grant({ designationId: null, amountFen: yuan(301) }));
  });

  it('refuses a suspended provider', async () => {
    await world.backend.call('providers.suspend', { id: world.providerId, reason: '年检未通过' });
    await refused('fund.payGrant', grant({ designationId: null }), '已暂停合作（年检未通过），不能拨付资助');
  });
});

describe('fund.bankCharge and fund.interest', () => {
  it('writes Dr 5201 or 5301 / Cr 1002 for a charge, Dr 1002 / Cr 4901 or 4601 for interest', async () => {
    const charge = await world.backend.call('fund.bankCharge', {
      date: '2026-03-05',
      amountFen: 500,
      summary: '',
    });
    expect(world.voucher(charge.voucherId)).toMatchObject({ kind: 'bank_charge', state: 'draft' });
    expect(world.linesOf(charge.voucherId)).toEqual([
      ['5201', null, 500, 0],
      ['1002', null, 0, 500],
    ]);
    const fundraising = await world.backend.call('fund.bankCharge', {
      date: '2026-03-05',
      amountFen: 500,
      account: '5301',
      summary: '网络平台提现手续费',
    });
    expect(world.linesOf(fundraising.voucherId)[0]?.[0]).toBe('5301');
    const interest = await world.backend.call('fund.interest', {
      date: '2026-03-05',
      amountFen: 1_234,
      summary: '',
    });
    expect(world.voucher(interest.voucherId).kind).toBe('interest');
    expect(world.linesOf(interest.voucherId)).toEqual([
      ['1002', null, 1_234, 0],
      ['4901', null, 0, 1_234],
    ]);
    const invest = await world.backend.call('fund.interest', {
      date: '2026-03-05',
      amountFen: 99,
      account: '4601',
      summary: '',
    });
    expect(world.linesOf(invest.voucherId)[1]?.[0]).toBe('4601');
  });

  it('refuses a date before the fund opened or after today', async () => {
    await refused(
      'fund.bankCharge',
      { date: '2026-03-16', amountFen: 500, summary: '' },
      '凭证日期：不能晚于今天',
    );
    await refused(
      'fund.interest',
      { date: '2025-12-31', amountFen: 500, summary: '' },
      '凭证日期：不能早于建账日期',
    );
  });
});

describe('fund.refundDonation', () => {
  it('writes Dr 4101 with the designation / Cr the way the money came, and counts what was refunded', async () => {
    const donation = await restrictedDonation(yuan(1_000));
    const { voucherId } = await world.backend.call('fund.refundDonation', {
      donationId: donation.id,
      date: '2026-03-14',
      amountFen: yuan(400),
      reason: '捐赠人重复转账',
      submit: true,
    });
    expect(world.voucher(voucherId)).toMatchObject({
      kind: 'refund',
      donation_id: donation.id,
      counterparty: '王小明',
    });
    expect(world.linesOf(voucherId)).toEqual([
      ['4101', world.designationId, yuan(400), 0],
      ['1002', null, 0, yuan(400)],
    ]);
    await refused(
      'fund.refundDonation',
      { donationId: donation.id, date: '2026-03-14', amountFen: yuan(601), reason: '再退' },
      '退还金额：捐赠 1,000.00 元，已退还 0.00 元，待审核退还 400.00 元，最多还能退还 600.00 元',
    );
    await world.post(voucherId);
    const listed = await world.backend.call('fund.donations', {});
    expect(listed.rows[0]).toMatchObject({ id: donation.id, refundedFen: yuan(400) });
    await refused(
      'fund.refundDonation',
      { donationId: donation.id, date: '2026-03-14', amountFen: yuan(601), reason: '再退' },
      '退还金额：捐赠 1,000.00 元，已退还 400.00 元，最多还能退还 600.00 元',
    );
  });

  it('refuses a refund before the donation is posted, and a restricted refund beyond the available', async () => {
    const draft = await world.backend.call(
      'fund.recordDonation',
      donationInput(world.donorId, { channel: 'cash' }),
    );
    await refused(
      'fund.refundDonation',
      { donationId: draft.donation.id, date: '2026-03-14', amountFen: 100, reason: '退' },
      '退还捐赠：捐赠的记账凭证记账后才能退还',
    );
    const donation = await restrictedDonation(yuan(500));
    const spent = await world.backend.call('fund.payGrant', grant({ amountFen: yuan(400), submit: true }));
    await world.post(spent.voucherId);
    await refused(
      'fund.refundDonation',
      { donationId: donation.id, date: '2026-03-14', amountFen: yuan(200), reason: '捐赠人要求退回' },
      '限定用途「助老服务」余额不足：已收 500.00 元，已用 400.00 元，可用 100.00 元',
    );
  });
});
