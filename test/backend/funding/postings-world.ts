// The postings tests' world: 世纪城's 2026 funding computed and approved on 2026-03-15 (fixedNow), the
// backend's clock then moved to September, and a payment against its 基本办公经费 line.
import { afterEach, beforeEach } from 'vitest';
import type { AllocationLine } from '../../../shared/features/funding/contract';
import type { UserRole } from '../../../shared/contract/roles';
import { fixedNow, openTestBackend, testPassword, testUsers, type TestBackend } from '../../fixtures/backend';
import { communityWithHouseholds } from '../../fixtures/builders';

export let backend: TestBackend;
export let basicOffice: AllocationLine;
/** The backend's clock: 2026 is approved on 2026-03-15 (fixedNow), the postings are made in September. */
export let now: Date;
export const september = new Date('2026-09-30T10:00:00+08:00');

/**
 * Moves the backend's clock (a posting made later in the year). Months without a click sign everyone out
 * (the idle limit), so the three test users sign in again at the new time, as a clerk would.
 */
export async function setNow(date: Date): Promise<void> {
  now = date;
  for (const role of Object.keys(testUsers) as UserRole[]) {
    await backend.as(role).call('auth.signIn', { login: testUsers[role].login, password: testPassword });
  }
}

export const yuan = (value: number) => value * 100;

beforeEach(async () => {
  now = fixedNow;
  backend = await openTestBackend({ clock: () => now });
  const community = await communityWithHouseholds(backend, '世纪城', {
    self_governed: 2_300,
    public_unit: 420,
    property_managed: 26_050,
  });
  await backend.call('funding.compute', { year: 2026 });
  await backend.call('funding.setPartyBuilding', {
    year: 2026,
    communityId: community.id,
    amountFen: yuan(20_000),
    organisations: '社区党委',
  });
  await backend.as('approver').call('funding.approve', { year: 2026 });
  await setNow(september);
  basicOffice = (await backend.call('funding.community', { year: 2026, communityId: community.id })).row.lines
    .basic_office!;
});
afterEach(() => backend.dispose());

export const payment = (amountFen: number, voucherNo = '记-2026-0315') => ({
  lineId: basicOffice.id,
  date: '2026-03-20',
  amountFen,
  voucherNo,
  note: '',
});
