// The 操作日志 of the fund's records reads in Chinese: every field the fund's handlers put in an audit row
// has a label, and code values (a voucher's kind and state, a donation's channel, a designation's target)
// show by name. The rows are the real ones, written through the channels on a SQLite file.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { AuditEntity } from '../../../shared/contract/audit';
import { auditFieldLines, fieldLabel } from '../../../renderer/features/audit/audit-fields';
import { donationInput, openDonationsWorld, yuan, type DonationsWorld } from '../../fixtures/fund-donations';

interface AuditRow {
  entity: AuditEntity;
  before_json: string | null;
  after_json: string | null;
}

function keysOf(value: unknown, into: Set<string>): Set<string> {
  if (Array.isArray(value)) value.forEach((element) => keysOf(element, into));
  else if (value !== null && typeof value === 'object')
    for (const [key, member] of Object.entries(value)) {
      into.add(key);
      keysOf(member, into);
    }
  return into;
}

describe('the fund’s audit rows, as the 操作日志 shows them', () => {
  let world: DonationsWorld;
  let rows: AuditRow[];

  beforeEach(async () => {
    world = await openDonationsWorld();
    const { backend } = world;
    const recorded = await backend.call(
      'fund.recordDonation',
      donationInput(world.donorId, { designationId: world.designationId, submit: true }),
    );
    await world.post(recorded.voucherId);
    const refund = await backend.call('fund.refundDonation', {
      donationId: recorded.donation.id,
      date: '2026-03-12',
      amountFen: yuan(200),
      reason: '项目取消',
      attachments: 0,
      hostReference: '',
      submit: true,
    });
    await world.post(refund.voucherId);
    await backend.call('fund.reverseVoucher', { id: refund.voucherId, date: '2026-03-13', reason: '退错' });
    rows = backend.db
      .prepare(`SELECT entity, before_json, after_json FROM audit_log WHERE entity LIKE 'fund_%'`)
      .all() as AuditRow[];
  });

  afterEach(() => world.backend.dispose());

  it('labels every field of every fund record in Chinese', () => {
    const unlabelled = new Set<string>();
    for (const row of rows) {
      const keys = keysOf(
        [row.before_json, row.after_json].map((json) => json && JSON.parse(json)),
        new Set(),
      );
      for (const key of keys) if (fieldLabel(row.entity, key) === key) unlabelled.add(`${row.entity}.${key}`);
    }
    expect(rows.length).toBeGreaterThan(5);
    expect([...unlabelled]).toEqual([]);
  });

  it('names a refund voucher’s kind and state, and a donation’s channel', () => {
    const lines = auditFieldLines('fund_voucher', null, { kind: 'refund', state: 'posted' });
    expect(lines.map((line) => `${line.label}：${line.after}`)).toEqual([
      '凭证类型：捐赠退回',
      '状态：已记账',
    ]);
    const donation = auditFieldLines('fund_donation', null, { channel: 'bank_transfer' });
    expect(donation[0]?.after).toBe('银行转账');
    const designation = auditFieldLines('fund_designation', null, {
      target: 'purpose',
      restrictionKind: 'use',
    });
    expect(designation.map((line) => line.after)).toEqual(['指定用途', '用途限制']);
  });
});
