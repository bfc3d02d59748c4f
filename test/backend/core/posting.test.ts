// The posting core on a real SQLite file: a posting and its audit row commit or roll back together, a
// rolled-back posting gives its number back, a reversal is refused a second time or for a reversal, and a
// closed period refuses anything dated inside it, leaving the file as it was.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { AllocationLine } from '../../../shared/features/funding/contract';
import { nextNumber } from '../../../electron/backend/core/posting/numbering';
import { post } from '../../../electron/backend/core/posting/posting';
import { requestNumbers } from '../../../electron/backend/access/access-records';
import { fingerprint, fixedNow, openTestBackend, type TestBackend } from '../../fixtures/backend';
import { accessRequestInput, communityWithHouseholds } from '../../fixtures/builders';

let backend: TestBackend;
let line: AllocationLine;
let communityId: number;
let now: Date;
const september = new Date('2026-09-30T10:00:00+08:00');
const yuan = (value: number) => value * 100;

beforeEach(async () => {
  now = fixedNow;
  backend = await openTestBackend({ clock: () => now });
  const community = await communityWithHouseholds(backend, '世纪城', {
    self_governed: 2_300,
    public_unit: 420,
    property_managed: 26_050,
  });
  communityId = community.id;
  await backend.call('funding.compute', { year: 2026 });
  await backend.call('funding.setPartyBuilding', {
    year: 2026,
    communityId,
    amountFen: yuan(20_000),
    organisations: '社区党委',
  });
  await backend.as('approver').call('funding.approve', { year: 2026 });
  now = september;
  await backend.signInAgain();
  line = (await backend.call('funding.community', { year: 2026, communityId })).row.lines.basic_office!;
});
afterEach(() => backend.dispose());

const payment = (date: string, amountFen = yuan(1_000)) => ({
  lineId: line.id,
  date,
  amountFen,
  voucherNo: '记-2026-0901',
  note: '',
});

function auditCount(): number {
  return (backend.db.prepare('SELECT count(*) AS n FROM audit_log').get() as { n: number }).n;
}

/** A close as the micro-fund's 月结 will write it; no service closes funding periods yet. */
function closePeriod(start: string, end: string, ledger = 'funding'): number {
  const result = backend.db
    .prepare(
      `INSERT INTO closed_period (ledger, period_start, period_end, closed_at, closed_by)
       VALUES (?, ?, ?, '2026-09-16T09:00:00+08:00', '张会计')`,
    )
    .run(ledger, start, end);
  return Number(result.lastInsertRowid);
}

describe('gapless numbers drawn inside the posting', () => {
  it('gives a rolled-back posting’s number back: the next request takes it', async () => {
    const first = await backend.call('access.submit', accessRequestInput([communityId]));
    expect(first.requestNo).toBe('准入〔2026〕1号');
    const audited = auditCount();
    expect(() =>
      post(backend.contextAs(), {
        entity: 'access_request',
        action: 'submit',
        write: () => {
          const seq = nextNumber(backend.db, requestNumbers, 2026);
          expect(seq).toBe(2);
          backend.db
            .prepare(
              `INSERT INTO access_request (request_year, request_seq, status, requesting_department, title,
                 content, reason, requested_start_date, submitted_date, submitted_by, submitted_at)
               VALUES (2026, ?, 'submitted', '区民政局', '测试', '测试', '测试', '2026-04-01', '2026-03-10', 'x', 'x')`,
            )
            .run(seq);
          throw new Error('the posting fails after its number was drawn and its row written');
        },
      }),
    ).toThrow('the posting fails');
    expect(auditCount()).toBe(audited);
    const second = await backend.call('access.submit', accessRequestInput([communityId]));
    expect(second.requestNo).toBe('准入〔2026〕2号');
  });

  it('draws a number only inside a write transaction', () => {
    expect(() => nextNumber(backend.db, requestNumbers, 2026)).toThrow('只能在记账的事务内取号');
  });
});

describe('reversals', () => {
  it('are refused a second time and for a reversal itself, writing nothing', async () => {
    const paid = await backend.call('funding.disburse', payment('2026-09-10'));
    const reversal = await backend.call('funding.reverse', {
      disbursementId: paid.id,
      date: '2026-09-12',
      voucherNo: '记-2026-0912',
      reason: '金额录错',
    });
    expect(reversal).toMatchObject({ reversesId: paid.id, amountFen: -paid.amountFen });
    const before = fingerprint(backend.dbPath);
    const again = await backend.send('funding.reverse', {
      disbursementId: paid.id,
      date: '2026-09-13',
      voucherNo: '记-2026-0913',
      reason: '再冲一次',
    });
    expect(!again.ok && again.error.message).toBe(`拨付记录 #${paid.id} 已经冲销过`);
    const ofReversal = await backend.send('funding.reverse', {
      disbursementId: reversal.id,
      date: '2026-09-13',
      voucherNo: '记-2026-0913',
      reason: '冲销冲销',
    });
    expect(!ofReversal.ok && ofReversal.error.message).toBe('冲销记录本身不能再冲销');
    expect(fingerprint(backend.dbPath)).toBe(before);
  });

  it('are refused when dated before the original', async () => {
    const paid = await backend.call('funding.disburse', payment('2026-09-10'));
    const early = await backend.send('funding.reverse', {
      disbursementId: paid.id,
      date: '2026-09-09',
      voucherNo: '记-2026-0909',
      reason: '日期在前',
    });
    expect(!early.ok && early.error).toMatchObject({
      field: 'date',
      message: '冲销日期：应在 2026-09-10 至 2026-09-30 之间（不早于原拨付日期，不晚于今天）',
    });
  });
});

describe('a closed period', () => {
  it('refuses a disbursement dated inside it, naming the date and the period, writing nothing', async () => {
    closePeriod('2026-09-01', '2026-09-15');
    const before = fingerprint(backend.dbPath);
    const audited = auditCount();
    const refused = await backend.send('funding.disburse', payment('2026-09-10'));
    expect(!refused.ok && refused.error).toMatchObject({
      code: 'conflict',
      field: 'date',
      message:
        '拨付日期：2026-09-10 所在的期间 2026-09-01 至 2026-09-15 已结账（张会计于 2026-09-16 结账），不能再记入该期间；请使用未结账期间的日期',
    });
    expect(fingerprint(backend.dbPath)).toBe(before);
    expect(auditCount()).toBe(audited);
    expect(backend.db.prepare('SELECT count(*) AS n FROM disbursement').get()).toEqual({ n: 0 });
  });

  it('refuses an adjustment and a reversal dated inside it; the days after it stay open', async () => {
    const paid = await backend.call('funding.disburse', payment('2026-09-10'));
    closePeriod('2026-09-01', '2026-09-15');
    const adjusted = await backend.as('approver').send('funding.adjust', {
      lineId: line.id,
      date: '2026-09-15',
      amountFen: yuan(100),
      reason: '追加',
    });
    expect(!adjusted.ok && adjusted.error.message).toContain('调整日期：2026-09-15 所在的期间');
    const reversed = await backend.send('funding.reverse', {
      disbursementId: paid.id,
      date: '2026-09-11',
      voucherNo: '记-2026-0911',
      reason: '金额录错',
    });
    expect(!reversed.ok && reversed.error.message).toContain('冲销日期：2026-09-11 所在的期间');
    // The original lies in the closed period; its reversal is dated in an open one.
    const later = await backend.call('funding.reverse', {
      disbursementId: paid.id,
      date: '2026-09-16',
      voucherNo: '记-2026-0916',
      reason: '金额录错',
    });
    expect(later.reversesId).toBe(paid.id);
  });

  it('binds only its own ledger, and no longer once reopened (which happens once)', async () => {
    closePeriod('2026-09-01', '2026-09-15', 'fund');
    await backend.call('funding.disburse', payment('2026-09-10'));
    const id = closePeriod('2026-09-01', '2026-09-15');
    expect((await backend.send('funding.disburse', payment('2026-09-11'))).ok).toBe(false);
    const reopen = backend.db.prepare(
      `UPDATE closed_period SET reopened_at = '2026-09-20T09:00:00+08:00', reopened_by = '管理员',
         reopen_reason = ? WHERE id = ?`,
    );
    reopen.run('补记漏记的拨付', id);
    expect((await backend.send('funding.disburse', payment('2026-09-11'))).ok).toBe(true);
    expect(() => reopen.run('再反结账', id)).toThrow(/reopened once/);
    expect(() => backend.db.prepare('DELETE FROM closed_period WHERE id = ?').run(id)).toThrow(
      /never deleted/,
    );
  });
});
