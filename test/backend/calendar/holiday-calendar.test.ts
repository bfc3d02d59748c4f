import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openTestBackend, type TestBackend } from '../../fixtures/backend';

let backend: TestBackend;
beforeEach(async () => {
  backend = await openTestBackend();
});
afterEach(() => backend.dispose());

describe('the holiday calendar used for posting periods', () => {
  it('ships the State Council arrangements for 2026', async () => {
    const days = await backend.call('calendar.list', { year: 2026 });
    expect(days).toContainEqual({ date: '2026-10-01', kind: 'holiday', name: '国庆节', source: 'shipped' });
    expect(days).toContainEqual(
      expect.objectContaining({ date: '2026-10-10', kind: 'workday', source: 'shipped' }),
    );
  });

  it('skips 国庆 and counts the make-up Saturday when computing a posting period', async () => {
    expect(await backend.call('calendar.postingEnd', { startDate: '2026-09-28', workingDays: 5 })).toEqual({
      endDate: '2026-10-09',
      uncoveredYears: [],
    });
  });

  it('reports a posting period that runs into a year with no holiday arrangements', async () => {
    expect(await backend.call('calendar.postingEnd', { startDate: '2026-12-31', workingDays: 5 })).toEqual({
      endDate: '2027-01-06',
      uncoveredYears: [2027],
    });
  });

  it("counts the office's own entries for a year as its arrangements", async () => {
    await backend
      .as('administrator')
      .call('calendar.save', { date: '2027-01-01', kind: 'holiday', name: '元旦' });
    expect(await backend.call('calendar.postingEnd', { startDate: '2026-12-31', workingDays: 5 })).toEqual({
      endDate: '2027-01-07',
      uncoveredYears: [],
    });
  });

  it("lets the office add a day off, which then moves a notice's end date", async () => {
    expect(
      (await backend.call('calendar.postingEnd', { startDate: '2027-03-01', workingDays: 5 })).endDate,
    ).toBe('2027-03-05');
    await backend
      .as('administrator')
      .call('calendar.save', { date: '2027-03-03', kind: 'holiday', name: '区里调休' });
    expect(
      (await backend.call('calendar.postingEnd', { startDate: '2027-03-01', workingDays: 5 })).endDate,
    ).toBe('2027-03-08');
    const audit = await backend.call('audit.list', { entity: 'calendar' });
    expect(audit.rows[0]!.summary).toContain('2027-03-03');
  });

  it('lets the office cancel a shipped entry', async () => {
    await backend.as('administrator').call('calendar.save', { date: '2026-10-10', kind: 'normal', name: '' });
    const days = await backend.call('calendar.list', { year: 2026 });
    expect(days).toContainEqual({ date: '2026-10-10', kind: 'normal', name: '', source: 'office' });
    // 10-10 is a plain Saturday again: 5 working days from 10-08 end on 10-14.
    expect(
      (await backend.call('calendar.postingEnd', { startDate: '2026-10-08', workingDays: 5 })).endDate,
    ).toBe('2026-10-14');
  });

  it('refuses an impossible date naming the field', async () => {
    const result = await backend
      .as('administrator')
      .send('calendar.save', { date: '2026-02-30', kind: 'holiday', name: '' });
    expect(!result.ok && result.error).toMatchObject({ field: 'date', message: '日期：不是有效的日期' });
  });
});
