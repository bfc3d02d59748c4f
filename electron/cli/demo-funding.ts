// Sample funding for `cli demo`: last year computed, completed, approved and partly paid out; this year
// computed as a draft. Goes through the contract like a clerk's entries.
import type { OpenedBackend } from '../backend/api/create-backend';
import type { DemoPeople } from './demo-people';
import { call } from './open-backend';

const partyBuildingFen = 20_000_00;

export async function seedDemoFunding(people: DemoPeople, year: number): Promise<void> {
  await approvedYear(people, year - 1);
  await call(people.preparer, 'funding.compute', { year });
}

/** 经办人 computes and completes the year, 审核人 approves it, 经办人 records the payments. */
async function approvedYear(people: DemoPeople, year: number): Promise<void> {
  const backend = people.preparer;
  await call(backend, 'funding.compute', { year });
  const fundingYear = await call(backend, 'funding.year', { year });
  for (const row of fundingYear.rows) {
    await call(backend, 'funding.setPartyBuilding', {
      year,
      communityId: row.communityId,
      amountFen: partyBuildingFen,
      organisations: `${row.communityName}社区党委及所属居民小区党支部`,
    });
    const basic = row.lines.basic_office;
    if (basic && basic.amountFen === null) {
      await call(backend, 'funding.override', {
        lineId: basic.id,
        amountFen: 150_000_00,
        reason: '不足一万户，经街道党工委会议研究按15万元核定',
      });
    }
  }
  const approval = await call(people.approver, 'funding.approve', { year });
  // A posting is dated no earlier than the approval and no later than today: the demo approves today.
  await payFirstHalf(backend, year, approval.approvedAt!.slice(0, 10));
}

/** Half of every basic office line, and the party-building money in full for the pilots. */
async function payFirstHalf(backend: OpenedBackend, year: number, date: string): Promise<void> {
  const fundingYear = await call(backend, 'funding.year', { year });
  let voucher = 1;
  for (const row of fundingYear.rows) {
    const basic = row.lines.basic_office!;
    await call(backend, 'funding.disburse', {
      lineId: basic.id,
      date,
      amountFen: Math.floor(basic.allocatedFen / 2),
      voucherNo: `记-${year}-03-${String(voucher++).padStart(3, '0')}`,
      note: '上半年基本办公经费',
    });
    if (row.isPilot) {
      await call(backend, 'funding.disburse', {
        lineId: row.lines.party_building!.id,
        date,
        amountFen: row.lines.party_building!.allocatedFen,
        voucherNo: `记-${year}-04-${String(voucher++).padStart(3, '0')}`,
        note: '党建工作经费',
      });
    }
  }
}
