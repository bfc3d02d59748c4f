// Voucher numbers of disbursements, and adjustments to an approved line.
import { describe, expect, it } from 'vitest';
import { backend, basicOffice, yuan, payment } from './postings-world';

describe('voucher numbers', () => {
  it('posts a reversal under its own voucher number, which it requires', async () => {
    const paid = await backend.call('funding.disburse', payment(yuan(10), '记-2026-0601'));
    const missing = await backend.send('funding.reverse', {
      disbursementId: paid.id,
      date: '2026-09-01',
      reason: '录错',
    } as never);
    expect(!missing.ok && missing.error).toMatchObject({
      field: 'voucherNo',
      message: '凭证号：必须填写文字',
    });
    const reversal = await backend.call('funding.reverse', {
      disbursementId: paid.id,
      date: '2026-09-01',
      voucherNo: '记-2026-0901',
      reason: '录错',
    });
    expect(reversal.voucherNo).toBe('记-2026-0901');
    const { disbursements } = await backend.call('funding.community', {
      year: 2026,
      communityId: basicOffice.communityId,
    });
    expect(disbursements.map((row) => row.voucherNo)).toEqual(['记-2026-0601', '记-2026-0901']);
  });

  it('answers a second use of a voucher number with the earlier entry, and lists it for the form', async () => {
    const first = await backend.call('funding.disburse', {
      ...payment(yuan(1_000), '记-2026-0315'),
      date: '2026-04-01',
    });
    expect(first.sameVoucher).toEqual([]);
    const earlier = {
      disbursementId: first.id,
      communityName: '世纪城',
      year: 2026,
      category: 'basic_office',
      date: '2026-04-01',
      amountFen: yuan(1_000),
      isReversal: false,
    };
    expect(await backend.call('funding.voucherUses', { voucherNo: ' 记-2026-0315 ' })).toEqual([earlier]);
    const second = await backend.call('funding.disburse', payment(yuan(500), '记-2026-0315'));
    expect(second.sameVoucher).toEqual([earlier]);
    expect(await backend.call('funding.voucherUses', { voucherNo: '记-2026-9999' })).toEqual([]);
    const audit = (await backend.call('audit.list', {})).rows[0]!;
    expect(audit.summary).toContain('该凭证号已用于 1 笔拨付记录');
  });
});

describe('adjustments to an approved line', () => {
  it('adds an adjustment with its reason to what is allocated', async () => {
    const line = await backend.as('approver').call('funding.adjust', {
      lineId: basicOffice.id,
      amountFen: yuan(50_000),
      reason: '年中新增户数追加',
      date: '2026-07-01',
    });
    expect(line).toMatchObject({
      amountFen: yuan(300_000),
      adjustmentsFen: yuan(50_000),
      allocatedFen: yuan(350_000),
    });
    const { adjustments } = await backend.call('funding.community', {
      year: 2026,
      communityId: basicOffice.communityId,
    });
    expect(adjustments).toEqual([
      expect.objectContaining({ amountFen: yuan(50_000), reason: '年中新增户数追加' }),
    ]);
  });

  it('refuses an adjustment that would take the line below what was paid', async () => {
    await backend.call('funding.disburse', payment(yuan(280_000)));
    const result = await backend.as('approver').send('funding.adjust', {
      lineId: basicOffice.id,
      amountFen: -yuan(50_000),
      reason: '调减',
      date: '2026-07-01',
    });
    expect(!result.ok && result.error.message).toBe(
      '调整金额：调整后应拨 250,000.00 元，低于已拨付的 280,000.00 元',
    );
  });

  it('writes an audit row for every posting', async () => {
    const paid = await backend.call('funding.disburse', payment(yuan(10_000)));
    await backend.call('funding.reverse', {
      disbursementId: paid.id,
      date: '2026-03-20',
      voucherNo: '记-2026-0930',
      reason: '重复录入',
    });
    await backend.as('approver').call('funding.adjust', {
      lineId: basicOffice.id,
      amountFen: yuan(1),
      reason: '尾差',
      date: '2026-03-20',
    });
    const rows = (await backend.call('audit.list', {})).rows
      .slice(0, 3)
      .map((row) => [row.entity, row.action]);
    expect(rows).toEqual([
      ['adjustment', 'post'],
      ['disbursement', 'reverse'],
      ['disbursement', 'post'],
    ]);
  });
});
