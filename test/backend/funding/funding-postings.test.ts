import { describe, expect, it } from 'vitest';
import { openTestBackend } from '../../fixtures/backend';
import { communityWithHouseholds } from '../../fixtures/builders';
import { backend, basicOffice, setNow, yuan, payment } from './postings-world';

describe('disbursements against an approved line', () => {
  it('records a part payment and shows allocated, disbursed, remaining', async () => {
    expect(basicOffice.allocatedFen).toBe(yuan(300_000));
    await backend.call('funding.disburse', payment(yuan(100_000)));
    const line = (await backend.call('funding.year', { year: 2026 })).rows[0]!.lines.basic_office!;
    expect(line).toMatchObject({
      allocatedFen: yuan(300_000),
      disbursedFen: yuan(100_000),
      remainingFen: yuan(200_000),
    });
  });

  it('refuses a payment larger than what remains, saying how much remains', async () => {
    await backend.call('funding.disburse', payment(yuan(250_000)));
    const result = await backend.send('funding.disburse', payment(yuan(50_000) + 1));
    expect(result).toEqual({
      ok: false,
      error: {
        code: 'conflict',
        field: 'amountFen',
        message:
          '拨付金额：超出可拨付余额。世纪城 2026 年基本办公经费应拨 300,000.00 元，已拨付 250,000.00 元，尚可拨付 50,000.00 元，本次 50,000.01 元',
      },
    });
  });

  it('corrects a mistake by a reversal that references it, once', async () => {
    const wrong = await backend.call('funding.disburse', payment(yuan(120_000)));
    const reversal = await backend.call('funding.reverse', {
      disbursementId: wrong.id,
      date: '2026-03-21',
      voucherNo: '记-2026-0930',
      reason: '金额录错',
    });
    expect(reversal).toMatchObject({
      amountFen: -yuan(120_000),
      reversesId: wrong.id,
      voucherNo: '记-2026-0930',
    });
    const again = await backend.send('funding.reverse', {
      disbursementId: wrong.id,
      date: '2026-03-22',
      voucherNo: '记-2026-0930',
      reason: '再冲',
    });
    expect(!again.ok && again.error.message).toContain('已经冲销过');
    const ofReversal = await backend.send('funding.reverse', {
      disbursementId: reversal.id,
      date: '2026-03-22',
      voucherNo: '记-2026-0930',
      reason: 'x',
    });
    expect(!ofReversal.ok && ofReversal.error.message).toContain('冲销记录本身不能再冲销');
    const { disbursements, row } = await backend.call('funding.community', {
      year: 2026,
      communityId: basicOffice.communityId,
    });
    expect(disbursements.find((d) => d.id === wrong.id)!.reversedById).toBe(reversal.id);
    expect(row.lines.basic_office!.disbursedFen).toBe(0);
  });

  it('keeps disbursements append-only in the database itself', async () => {
    await backend.call('funding.disburse', payment(yuan(1)));
    expect(() => backend.db.prepare('UPDATE disbursement SET amount_fen = 2').run()).toThrow(/append-only/);
    expect(() => backend.db.prepare('DELETE FROM disbursement').run()).toThrow(/append-only/);
  });

  it('refuses an impossible date and a zero amount, naming the field', async () => {
    const badDate = await backend.send('funding.disburse', { ...payment(yuan(1)), date: '2026-02-30' });
    expect(!badDate.ok && badDate.error).toMatchObject({
      field: 'date',
      message: '拨付日期：不是有效的日期',
    });
    const zero = await backend.send('funding.disburse', payment(0));
    expect(!zero.ok && zero.error).toMatchObject({ field: 'amountFen', message: '拨付金额：不能为 0' });
  });

  it('refuses to pay against a draft year', async () => {
    const other = await openTestBackend();
    try {
      await communityWithHouseholds(other, '凤凰山', {
        self_governed: 3_100,
        public_unit: 260,
        property_managed: 8_900,
      });
      await other.call('funding.compute', { year: 2026 });
      const line = (await other.call('funding.year', { year: 2026 })).rows[0]!.lines.basic_office!;
      const result = await other.send('funding.disburse', { ...payment(yuan(1)), lineId: line.id });
      expect(!result.ok && result.error.message).toContain('尚未审批');
    } finally {
      other.dispose();
    }
  });
});

describe('posting dates', () => {
  const window = '2026-03-15 至 2026-09-30';

  it('refuses a disbursement dated before the approval or after today, naming the range', async () => {
    for (const date of ['2026-03-14', '2026-10-01', '2030-01-01']) {
      const result = await backend.send('funding.disburse', { ...payment(yuan(1)), date });
      expect(!result.ok && result.error, date).toEqual({
        code: 'invalid_input',
        field: 'date',
        message: `拨付日期：应在 ${window} 之间（不早于本年度经费审批日期，不晚于今天）`,
      });
    }
    for (const date of ['2026-03-15', '2026-09-30'])
      await backend.call('funding.disburse', { ...payment(yuan(1)), date });
    expect((await backend.call('funding.year', { year: 2026 })).totals.disbursedFen).toBe(yuan(2));
  });

  it('refuses an adjustment dated outside the same range', async () => {
    const adjustment = { lineId: basicOffice.id, amountFen: yuan(1), reason: '尾差' };
    const result = await backend.as('approver').send('funding.adjust', { ...adjustment, date: '2026-12-31' });
    expect(!result.ok && result.error).toEqual({
      code: 'invalid_input',
      field: 'date',
      message: `调整日期：应在 ${window} 之间（不早于本年度经费审批日期，不晚于今天）`,
    });
    await backend.as('approver').call('funding.adjust', { ...adjustment, date: '2026-03-15' });
  });

  it('dates a reversal on or after its original and not after today', async () => {
    const paid = await backend.call('funding.disburse', { ...payment(yuan(10)), date: '2026-06-01' });
    for (const date of ['2026-05-31', '2026-10-01']) {
      const result = await backend.send('funding.reverse', {
        disbursementId: paid.id,
        date,
        voucherNo: '记-2026-0930',
        reason: '录错',
      });
      expect(!result.ok && result.error, date).toEqual({
        code: 'invalid_input',
        field: 'date',
        message: '冲销日期：应在 2026-06-01 至 2026-09-30 之间（不早于原拨付日期，不晚于今天）',
      });
    }
    await backend.call('funding.reverse', {
      disbursementId: paid.id,
      date: '2026-06-01',
      voucherNo: '记-2026-0930',
      reason: '录错',
    });
  });

  it('tells the screens the range, which ends today as the clock moves on', async () => {
    const read = () =>
      backend.call('funding.community', { year: 2026, communityId: basicOffice.communityId });
    expect((await read()).postingWindow).toEqual({ from: '2026-03-15', to: '2026-09-30' });
    await setNow(new Date('2026-11-02T08:00:00+08:00'));
    expect((await read()).postingWindow).toEqual({ from: '2026-03-15', to: '2026-11-02' });
  });
});
