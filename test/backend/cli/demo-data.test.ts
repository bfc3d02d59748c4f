// The demo database's public lists and work access, seeded in-process on a fixed day: what a reviewer
// of the demo (and the screenshot and list-notice end-to-end tests) can count on finding.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDemo } from '../../../electron/cli/commands/demo';
import { demoDates } from '../../../electron/cli/demo-dates';
import { checkIntegrity } from '../../../electron/backend/api/integrity';
import { openTestBackend, type TestBackend } from '../../fixtures/backend';

describe('the demo in the middle of the year', () => {
  let backend: TestBackend;
  beforeAll(async () => {
    backend = await openTestBackend({ clock: () => new Date('2026-11-27T10:00:00+08:00') });
    await seedDemo(backend, 2026, '2026-11-27');
  }, 60_000);
  afterAll(() => backend.dispose());

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

  it('passes the check', () => {
    expect(checkIntegrity(backend.db)).toEqual({ ok: true, findings: [] });
  });
});

describe('the demo made on the second day of the year', () => {
  it('dates nothing after that day, and still passes the check', async () => {
    const backend = await openTestBackend({ clock: () => new Date('2026-01-02T10:00:00+08:00') });
    try {
      await seedDemo(backend, 2026, '2026-01-02');
      const requests = await backend.call('access.list', { search: '' });
      const dates = requests.flatMap((request) => [
        request.submittedDate,
        request.decision?.decisionDate ?? '',
      ]);
      expect(dates.filter((date) => date > '2026-01-02')).toEqual([]);
      expect(checkIntegrity(backend.db).findings).toEqual([]);
    } finally {
      backend.dispose();
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
