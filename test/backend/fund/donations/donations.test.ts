// Donations through the channels: the draft voucher each writes, submitted in the same step when asked,
// rewritten while a draft and frozen once posted; the 票据 rules; the awaiting list and the register.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ChannelInput, ChannelName } from '../../../../shared/contract';
import { fingerprint } from '../../../fixtures/backend';
import {
  donationInput,
  openDonationsWorld,
  yuan,
  type DonationsWorld,
} from '../../../fixtures/fund-donations';
import { donationInvariants } from '../../../../electron/backend/fund/donations/donation-invariants';

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

const receipt = (donationId: number, overrides: Partial<ChannelInput<'fund.recordReceipt'>> = {}) => ({
  donationId,
  code: '53010126',
  number: '0000123',
  checkCode: 'a1b2',
  date: '2026-03-12',
  reason: '',
  ...overrides,
});

async function postedDonation(overrides: Partial<ChannelInput<'fund.recordDonation'>> = {}) {
  const recorded = await world.backend.call(
    'fund.recordDonation',
    donationInput(world.donorId, { submit: true, ...overrides }),
  );
  await world.post(recorded.voucherId);
  return recorded;
}

describe('fund.recordDonation', () => {
  it('records the donation with its draft voucher: Dr 1002 / Cr 4101 restricted to its designation', async () => {
    const { donation, voucherId } = await world.backend.call(
      'fund.recordDonation',
      donationInput(world.donorId, { designationId: world.designationId }),
    );
    expect(donation).toMatchObject({
      donorName: '王小明',
      amountFen: yuan(1_000),
      designationName: '助老服务',
      voucherId,
      voucherState: 'draft',
      voucherNumber: null,
      receipt: null,
    });
    expect(world.voucher(voucherId)).toMatchObject({
      kind: 'donation',
      state: 'draft',
      donation_id: donation.id,
    });
    expect(world.linesOf(voucherId)).toEqual([
      ['1002', null, yuan(1_000), 0],
      ['4101', world.designationId, 0, yuan(1_000)],
    ]);
    const audit = world.backend.db
      .prepare(
        `SELECT entity, action FROM audit_log
          WHERE entity = 'fund_donation' OR (entity = 'fund_voucher' AND entity_id = ?) ORDER BY id`,
      )
      .all(voucherId) as { entity: string; action: string }[];
    expect(audit).toEqual([
      { entity: 'fund_voucher', action: 'create' },
      { entity: 'fund_donation', action: 'create' },
    ]);
  });

  it('writes cash to 1001 and goods to 1201, and submits for review in the same step when asked', async () => {
    const cash = await world.backend.call(
      'fund.recordDonation',
      donationInput(world.donorId, { channel: 'cash', submit: true }),
    );
    expect(world.linesOf(cash.voucherId)[0]).toEqual(['1001', null, yuan(1_000), 0]);
    expect(cash.donation.voucherState).toBe('submitted');
    const goods = await world.backend.call(
      'fund.recordDonation',
      donationInput(world.donorId, {
        channel: 'in_kind',
        inKindDescription: '轮椅 2 台',
        valuationBasis: '购货发票',
      }),
    );
    expect(world.linesOf(goods.voucherId)[0]).toEqual(['1201', null, yuan(1_000), 0]);
    expect(goods.donation.inKindDescription).toBe('轮椅 2 台');
  });

  it('refuses an online donation without its platform, goods without a valuation basis, a future date', async () => {
    await refused(
      'fund.recordDonation',
      donationInput(world.donorId, { channel: 'online' }),
      '网络平台名称：网络平台捐赠必须填写平台',
    );
    await refused(
      'fund.recordDonation',
      donationInput(world.donorId, { channel: 'in_kind', inKindDescription: '大米 50 袋' }),
      '估值依据：实物捐赠必须写明估值依据',
    );
    await refused(
      'fund.recordDonation',
      donationInput(world.donorId, { date: '2026-03-16' }),
      '捐赠日期：不能晚于今天',
    );
    await refused(
      'fund.recordDonation',
      donationInput(world.donorId, { amountFen: 0 }),
      '捐赠金额：不能为 0',
    );
    await refused('fund.recordDonation', donationInput(999), '捐赠人不存在');
  });
});

describe('fund.updateDonation', () => {
  it('rewrites the draft voucher with the donation', async () => {
    const { donation, voucherId } = await world.backend.call(
      'fund.recordDonation',
      donationInput(world.donorId),
    );
    const updated = await world.backend.call('fund.updateDonation', {
      ...donationInput(world.donorId, {
        amountFen: yuan(800),
        channel: 'cash',
        designationId: world.designationId,
      }),
      id: donation.id,
    });
    expect(updated.voucherId).toBe(voucherId);
    expect(updated.donation).toMatchObject({
      amountFen: yuan(800),
      channel: 'cash',
      designationName: '助老服务',
    });
    expect(world.linesOf(voucherId)).toEqual([
      ['1001', null, yuan(800), 0],
      ['4101', world.designationId, 0, yuan(800)],
    ]);
  });

  it('refuses a donation whose voucher is submitted, and freezes a posted one', async () => {
    const submitted = await world.backend.call(
      'fund.recordDonation',
      donationInput(world.donorId, { submit: true }),
    );
    await refused(
      'fund.updateDonation',
      { ...donationInput(world.donorId, { amountFen: yuan(1) }), id: submitted.donation.id },
      '捐赠：记账凭证已提交审核，退回后才能修改',
    );
    await world.post(submitted.voucherId);
    await refused(
      'fund.updateDonation',
      { ...donationInput(world.donorId, { amountFen: yuan(1) }), id: submitted.donation.id },
      '已记账，捐赠信息不能再修改',
    );
  });
});

describe('fund.recordReceipt', () => {
  it('is refused before the voucher is posted, and refuses dates before the donation or after today', async () => {
    const draft = await world.backend.call('fund.recordDonation', donationInput(world.donorId));
    await refused('fund.recordReceipt', receipt(draft.donation.id), '票据：捐赠的记账凭证记账后才能登记');
    const posted = await postedDonation();
    await refused(
      'fund.recordReceipt',
      receipt(posted.donation.id, { date: '2026-03-09' }),
      '开票日期：不能早于捐赠日期 2026-03-10',
    );
    await refused(
      'fund.recordReceipt',
      receipt(posted.donation.id, { date: '2026-03-16' }),
      '开票日期：不能晚于今天',
    );
  });

  it('records the 票据, refuses the same code and number on another donation, corrects one with a reason', async () => {
    const first = await postedDonation();
    const recorded = await world.backend.call('fund.recordReceipt', receipt(first.donation.id));
    expect(recorded.receipt).toEqual({
      code: '53010126',
      number: '0000123',
      checkCode: 'a1b2',
      date: '2026-03-12',
    });
    const second = await postedDonation({ date: '2026-03-11' });
    await refused(
      'fund.recordReceipt',
      receipt(second.donation.id),
      `票据号码：票据代码 53010126 号码 0000123 已登记在王小明 2026-03-10 的捐赠（#${first.donation.id}）上`,
    );
    await refused('fund.recordReceipt', receipt(first.donation.id, { number: '0000124' }), '更正原因：');
    const corrected = await world.backend.call(
      'fund.recordReceipt',
      receipt(first.donation.id, { number: '0000124', reason: '号码录错' }),
    );
    expect(corrected.receipt?.number).toBe('0000124');
    const audit = world.backend.db
      .prepare("SELECT summary FROM audit_log WHERE entity = 'fund_donation' ORDER BY id DESC LIMIT 1")
      .get() as { summary: string };
    expect(audit.summary).toContain('号码录错');
  });
});

describe('the awaiting list and the 票据 register', () => {
  it('lists posted donations without 票据, the recorded ones by number, and numbers recorded twice', async () => {
    const a = await postedDonation();
    const b = await postedDonation({
      date: '2026-03-11',
      amountFen: yuan(200),
      designationId: world.designationId,
    });
    await world.backend.call('fund.recordDonation', donationInput(world.donorId, { date: '2026-03-12' }));
    await world.backend.call('fund.recordReceipt', receipt(b.donation.id, { number: '0000002' }));
    const awaiting = await world.backend.call('fund.donations', { awaitingReceipt: true });
    expect(awaiting.rows.map((row) => row.id)).toEqual([a.donation.id]);
    const all = await world.backend.as('administrator').call('fund.donations', { year: 2026, month: 3 });
    expect(all.total).toBe(3);
    expect(all.totals).toEqual({ amountFen: yuan(2_200), refundedFen: 0, awaitingReceipt: 1 });
    const restricted = await world.backend.call('fund.donations', { designationId: world.designationId });
    expect(restricted.rows.map((row) => row.id)).toEqual([b.donation.id]);
    const unrestricted = await world.backend.call('fund.donations', { designationId: 0 });
    expect(unrestricted.total).toBe(2);

    await world.backend.call('fund.recordReceipt', receipt(a.donation.id, { number: '0000001' }));
    // Only a raw edit can repeat a number: the register and `cli check` show it.
    world.backend.db
      .prepare("UPDATE fund_donation SET receipt_number = '0000001' WHERE id = ?")
      .run(b.donation.id);
    const register = await world.backend.call('fund.receiptRegister', { year: 2026 });
    expect(register.awaiting).toEqual([]);
    expect(register.recorded.map((row) => row.id)).toEqual([a.donation.id, b.donation.id]);
    expect(register.duplicates).toEqual([
      { code: '53010126', number: '0000001', donationIds: [a.donation.id, b.donation.id] },
    ]);
    const broken = world.backend.db.prepare(donationInvariants[0]!.sql).all() as Record<string, unknown>[];
    expect(broken.map((row) => donationInvariants[0]!.describe(row))).toEqual([
      `公益事业捐赠票据 53010126-0000001 登记在多笔捐赠上（捐赠 #${a.donation.id}、${b.donation.id}）`,
    ]);
  });

  it('shows the donor giving history with states and 票据', async () => {
    const a = await postedDonation();
    await world.backend.call('fund.recordDonation', donationInput(world.donorId, { date: '2026-03-12' }));
    const card = await world.backend.call('fund.donor', { id: world.donorId });
    expect(card.donations.map((row) => row.voucherState)).toEqual(['draft', 'posted']);
    expect(card.donations[1]?.id).toBe(a.donation.id);
    const donors = await world.backend.call('fund.donors', {});
    expect(donors.rows[0]).toMatchObject({
      givenFen: yuan(1_000),
      donations: 2,
      lastDonationDate: '2026-03-12',
    });
  });
});

describe('a lifted designation', () => {
  it('takes no donation and pays no grant', async () => {
    await postedDonation({ designationId: world.designationId, amountFen: yuan(500) });
    const lift = await world.backend.call('fund.liftDesignation', {
      designationId: world.designationId,
      date: '2026-03-12',
      consent: '2026-03-11 捐赠方书面同意',
      summary: '助老服务结余解除限制',
    });
    await world.post(lift.id);
    await refused(
      'fund.recordDonation',
      donationInput(world.donorId, { designationId: world.designationId }),
      '限定用途：「助老服务」已解除限制，不能再使用',
    );
    await refused(
      'fund.payGrant',
      {
        providerId: world.providerId,
        date: '2026-03-14',
        amountFen: 100,
        designationId: world.designationId,
        summary: '',
      },
      '限定用途：「助老服务」已解除限制',
    );
  });
});
