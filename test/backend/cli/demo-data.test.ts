// The demo database's public lists and work access, seeded in-process on a fixed day: what a reviewer
// of the demo (and the screenshot and list-notice end-to-end tests) can count on finding.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoDates } from '../../../electron/cli/demo-dates';
import { checkIntegrity } from '../../../electron/backend/api/integrity';
import { openEmptyTestBackend, type EmptyTestBackend, type TestCaller } from '../../fixtures/backend';
import { seededDemo } from '../../fixtures/demo';
import { projectStates } from '../../../shared/features/fund/projects/project-workflow';

describe('the demo in the middle of the year', () => {
  let ledger: EmptyTestBackend;
  let backend: TestCaller;
  beforeAll(async () => {
    ledger = await openEmptyTestBackend({ clock: () => new Date('2026-11-27T10:00:00+08:00') });
    backend = await seededDemo(ledger, 2026, '2026-11-27');
  }, 60_000);
  afterAll(() => ledger.dispose());

  it('publishes a second version of the two lists, every item marked as demo data', async () => {
    for (const kind of ['work_items', 'seal_usage'] as const) {
      const { version, items } = await backend.call('lists.current', { kind });
      expect(version.versionNo).toBe(2);
      expect(version.approvedBy).toContain('演示数据');
      expect(items.length).toBeGreaterThan(2);
      expect(items.every((item) => item.remarks === '演示数据，非正式清单' && !item.isSample)).toBe(true);
    }
  });

  it('leaves the Kunming lists as shipped', async () => {
    const { version } = await backend.call('lists.current', { kind: 'certificates' });
    expect(version.versionNo).toBe(1);
  });

  it('registers one request admitted, one refused and one awaiting review', async () => {
    const requests = await backend.call('access.list', { search: '' });
    expect(requests.map((request) => request.status).sort()).toEqual(['approved', 'rejected', 'submitted']);
  });

  it('admits the approved work for 世纪城 and 凤凰山 under 〔2026〕3号', async () => {
    const catalogue = await backend.call('access.catalogue', {});
    expect(catalogue).toHaveLength(1);
    expect(catalogue[0]!.decisionNo).toBe('官和社领〔2026〕3号');
    expect(catalogue[0]!.communities.map((community) => community.name).sort()).toEqual(
      ['世纪城', '凤凰山'].sort(),
    );
  });

  it("keeps last year's micro-fund: every voucher posted, January to June closed", async () => {
    const vouchers = await backend.call('fund.vouchers', { year: 2025, limit: 500 });
    expect(vouchers.count).toBeGreaterThanOrEqual(20);
    expect(vouchers.rows.every((voucher) => voucher.state === 'posted')).toBe(true);
    const kinds = new Set(vouchers.rows.map((voucher) => voucher.kind));
    for (const kind of [
      'opening',
      'donation',
      'grant',
      'release',
      'bank_charge',
      'interest',
      'refund',
      'reversal',
    ])
      expect(kinds).toContain(kind);
    const periods = await backend.call('fund.periods', { year: 2025 });
    expect(periods.months.filter((month) => month.state === 'closed').map((month) => month.month)).toEqual([
      '2025-01',
      '2025-02',
      '2025-03',
      '2025-04',
      '2025-05',
      '2025-06',
    ]);
    expect(periods.nextClosable).toBe('2025-07');
  });

  it("opens the fund's current month with a donation posted today and a grant waiting for the 审核人", async () => {
    const month = await backend.call('fund.vouchers', { period: '2026-11', limit: 50 });
    expect(month.rows.map((voucher) => [voucher.date, voucher.kind, voucher.state])).toEqual(
      expect.arrayContaining([
        ['2026-11-27', 'donation', 'posted'],
        ['2026-11-27', 'grant', 'submitted'],
      ]),
    );
    expect(month.count).toBe(2);
    const donations = await backend.call('fund.donations', { year: 2026 });
    // And, 172 days back, the anonymous gift that pays 星都青少年四点半课堂 (demo-fund-projects.ts).
    expect(donations.rows.map((donation) => [donation.date, donation.amountFen])).toEqual([
      ['2026-11-27', 10_000_00],
      ['2026-06-08', 6_000_00],
    ]);
  });

  it('has a welfare project in every state, both kinds of 结项 and one update overdue', async () => {
    const { rows } = await backend.call('fund.projects', { pageSize: 100 });
    expect(new Set(rows.map((row) => row.state))).toEqual(new Set(projectStates));
    const closings = await Promise.all(
      rows
        .filter((row) => row.state === 'closed')
        .map(async (row) => (await backend.call('fund.project', { id: row.id })).closing!.disposition),
    );
    expect(closings.sort()).toEqual(['redesignate', 'return_to_designation']);
    const reminders = await backend.call('fund.projectReminders', {});
    expect(reminders.map((reminder) => [reminder.title, reminder.state])).toEqual([
      ['星都青少年四点半课堂', 'late'],
    ]);
    const { items } = await backend.call('fund.disclosureDeadlines', {});
    const update = items.find((item) => item.kind === 'project_update');
    expect(update).toMatchObject({ projectId: reminders[0]!.id, status: 'overdue' });
  });

  it('pays an instalment again after its voucher was reversed', async () => {
    const { rows } = await backend.call('fund.projects', { state: 'in_progress' });
    const project = await backend.call('fund.project', { id: rows[0]!.id });
    const first = project.agreement!.instalments[0]!;
    expect(first.state).toBe('paid');
    const vouchers = await backend.call('fund.vouchers', { year: 2026, limit: 500 });
    const reversed = vouchers.rows.find((voucher) => voucher.reversedBy !== null && voucher.kind === 'grant');
    expect(reversed?.summary).toContain(`${project.number}第1期`);
    expect(reversed?.id).not.toBe(first.voucherId);
  });

  it('records donations of every channel, two anonymous donors and two 票据 still to issue', async () => {
    const donations = await backend.call('fund.donations', { year: 2025 });
    expect(new Set(donations.rows.map((donation) => donation.channel))).toEqual(
      new Set(['bank_transfer', 'cash', 'online', 'in_kind']),
    );
    expect(donations.totals.awaitingReceipt).toBe(2);
    expect(donations.totals.refundedFen).toBe(2_000_00);
    const donors = await backend.call('fund.donors', { search: '' });
    expect(donors.rows.filter((donor) => donor.anonymous)).toHaveLength(2);
  });

  it('passes the check', () => {
    expect(checkIntegrity(ledger.db)).toEqual({ ok: true, findings: [] });
  });
});

describe('the demo made on the second day of the year', () => {
  it('dates nothing after that day, and still passes the check', async () => {
    const ledger = await openEmptyTestBackend({ clock: () => new Date('2026-01-02T10:00:00+08:00') });
    try {
      const backend = await seededDemo(ledger, 2026, '2026-01-02');
      const requests = await backend.call('access.list', { search: '' });
      const dates = requests.flatMap((request) => [
        request.submittedDate,
        request.decision?.decisionDate ?? '',
      ]);
      expect(dates.filter((date) => date > '2026-01-02')).toEqual([]);
      const { rows } = await backend.call('fund.projects', { pageSize: 100 });
      expect(new Set(rows.map((row) => row.state))).toEqual(new Set(projectStates));
      const projects = await Promise.all(rows.map((row) => backend.call('fund.project', { id: row.id })));
      const recorded = projects.flatMap((project) => [
        project.appliedOn,
        project.reviewedOn ?? '',
        project.decision?.decidedOn ?? '',
        project.agreement?.signedOn ?? '',
        ...project.reports.map((report) => report.reportedOn),
        project.closing?.closedOn ?? '',
      ]);
      expect(recorded.filter((date) => date > '2026-01-02')).toEqual([]);
      expect(checkIntegrity(ledger.db).findings).toEqual([]);
    } finally {
      ledger.dispose();
    }
  }, 60_000);
});

describe('demo dates', () => {
  it('are days of the demo year, but never after today', () => {
    const dated = demoDates(2026, '2026-03-01');
    expect(dated('02-20')).toBe('2026-02-20');
    expect(dated('03-12')).toBe('2026-03-01');
  });
});
