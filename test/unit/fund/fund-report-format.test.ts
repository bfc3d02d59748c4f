// The fund report screens' pure helpers: amounts, sided balances, months, which month offers 结账 / 反结账,
// the reopen reason check and the donation income filters.
import { describe, expect, it } from 'vitest';
import type { FundPeriod, FundPeriodYear } from '../../../shared/features/fund/periods/contract';
import {
  closeConfirmText,
  donationChannelLabel,
  filterDonationIncome,
  monthKey,
  monthLabel,
  periodAction,
  reopenReasonProblem,
  reportYearOptions,
  sidedText,
  yuanCell,
} from '../../../renderer/features/fund/reports/fund-report-format';

function period(month: string, state: FundPeriod['state']): FundPeriod {
  return {
    month,
    state,
    reopened: false,
    closedBy: null,
    closedAt: null,
    checksumShort: null,
    reopenedBy: null,
    reopenedAt: null,
    reopenReason: null,
    postedCount: 0,
    pendingCount: 0,
  };
}

describe('fund report formats', () => {
  it('shows amounts in yuan with grouping, blank zeros where asked', () => {
    expect(yuanCell(123456789)).toBe('1,234,567.89');
    expect(yuanCell(-5)).toBe('-0.05');
    expect(yuanCell(0)).toBe('0.00');
    expect(yuanCell(0, true)).toBe('');
  });

  it('shows a sided balance as 借 / 贷 / 平', () => {
    expect(sidedText({ side: 'debit', fen: 12300 })).toBe('借 123.00');
    expect(sidedText({ side: 'credit', fen: 100000 })).toBe('贷 1,000.00');
    expect(sidedText({ side: 'flat', fen: 0 })).toBe('平');
  });

  it('names months and years', () => {
    expect(monthKey(2026, 3)).toBe('2026-03');
    expect(monthLabel('2026-03')).toBe('2026年3月');
    expect(reportYearOptions(2026).map((option) => option.value)).toEqual([
      2026, 2025, 2024, 2023, 2022, 2021,
    ]);
  });
});

describe('月结 actions', () => {
  const months = [
    period('2026-01', 'closed'),
    period('2026-02', 'closed'),
    period('2026-03', 'open'),
    period('2026-04', 'open'),
  ];
  const year: FundPeriodYear = {
    year: 2026,
    openingDate: '2026-01-01',
    months,
    nextClosable: '2026-03',
    blockers: [],
    latestClosed: '2026-02',
  };

  it('offers 结账 on the next closable month and 反结账 on the latest closed one only', () => {
    expect(months.map((month) => periodAction(month, year))).toEqual([null, 'reopen', 'close', null]);
  });

  it('warns that December writes the 结转', () => {
    expect(closeConfirmText('2026-12')).toContain('结转凭证');
    expect(closeConfirmText('2026-03')).not.toContain('结转凭证');
  });

  it('asks for a reopen reason of at least 4 characters', () => {
    expect(reopenReasonProblem('  ')).toBe('请填写反结账原因');
    expect(reopenReasonProblem('补录')).toBe('反结账原因至少 4 个字');
    expect(reopenReasonProblem('补录漏记凭证')).toBeNull();
    expect(reopenReasonProblem('字'.repeat(201))).toBe('反结账原因不超过 200 个字');
  });
});

describe('捐赠收入明细 filters', () => {
  const rows = [
    { designationId: 1, receipt: '待开票' },
    { designationId: null, receipt: '0001234' },
    { designationId: null, receipt: '待开票' },
  ];

  it('keeps restricted, unrestricted or awaiting-receipt rows', () => {
    expect(filterDonationIncome(rows, { restriction: 'all', awaitingReceipt: false })).toHaveLength(3);
    expect(filterDonationIncome(rows, { restriction: 'restricted', awaitingReceipt: false })).toEqual([
      rows[0],
    ]);
    expect(filterDonationIncome(rows, { restriction: 'unrestricted', awaitingReceipt: true })).toEqual([
      rows[2],
    ]);
  });

  it('names the channels', () => {
    expect(donationChannelLabel('bank_transfer')).toBe('银行转账');
    expect(donationChannelLabel(null)).toBe('—');
  });
});
