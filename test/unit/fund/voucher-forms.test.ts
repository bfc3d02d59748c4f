import { describe, expect, it } from 'vitest';
import {
  bankChargeVoucher,
  defaultRefundAccount,
  donationVoucher,
  grantVoucher,
  interestVoucher,
  refundVoucher,
  type FormVoucher,
} from '../../../shared/features/fund/donations/voucher-forms';

const codes = (voucher: FormVoucher) =>
  voucher.lines.map((line) => [line.accountCode, line.designationId, line.debitFen, line.creditFen]);

function balances(voucher: FormVoucher): boolean {
  const debit = voucher.lines.reduce((sum, line) => sum + line.debitFen, 0);
  const credit = voucher.lines.reduce((sum, line) => sum + line.creditFen, 0);
  return debit === credit && debit > 0;
}

describe('the forms that write a voucher', () => {
  const donation = {
    donorName: '张三',
    amountFen: 50_000,
    designationId: null,
    designationName: null,
  } as const;

  it('a bank transfer or an online donation reaches the host account: Dr 1002 / Cr 4101 unrestricted', () => {
    const bank = donationVoucher({ ...donation, channel: 'bank_transfer' });
    expect(bank.kind).toBe('donation');
    expect(codes(bank)).toEqual([
      ['1002', null, 50_000, 0],
      ['4101', null, 0, 50_000],
    ]);
    expect(bank.summary).toBe('收到张三捐赠，银行转账，非限定性');
    const online = donationVoucher({ ...donation, channel: 'online', platform: '腾讯公益' });
    expect(codes(online)[0]?.[0]).toBe('1002');
    expect(online.summary).toContain('网络平台（腾讯公益）');
  });

  it('cash goes to 1001, goods to 1201 at their valuation; a designated donation is restricted income', () => {
    const cash = donationVoucher({ ...donation, channel: 'cash', designationId: 7, designationName: '助老' });
    expect(codes(cash)).toEqual([
      ['1001', null, 50_000, 0],
      ['4101', 7, 0, 50_000],
    ]);
    expect(cash.designationId).toBe(7);
    expect(cash.summary).toContain('限定性：助老');
    const goods = donationVoucher({ ...donation, channel: 'in_kind', inKindDescription: '轮椅 2 台' });
    expect(codes(goods)[0]).toEqual(['1201', null, 50_000, 0]);
    expect(goods.summary).toContain('实物捐赠（轮椅 2 台）');
  });

  it('a grant: Dr 5101 with the designation / Cr 1002', () => {
    const grant = grantVoucher({
      providerName: '阳光社工',
      amountFen: 30_000,
      designationId: 3,
      summary: '',
    });
    expect(grant.kind).toBe('grant');
    expect(codes(grant)).toEqual([
      ['5101', 3, 30_000, 0],
      ['1002', null, 0, 30_000],
    ]);
    expect(grant.summary).toBe('拨付阳光社工资助款');
    expect(
      grantVoucher({ providerName: 'x', amountFen: 1, designationId: null, summary: '助学' }).summary,
    ).toBe('助学');
  });

  it('bank charges: Dr 5201 (or 5301) / Cr 1002; interest: Dr 1002 / Cr 4901 (or 4601), unrestricted', () => {
    expect(codes(bankChargeVoucher({ amountFen: 500, account: '5201', summary: '' }))).toEqual([
      ['5201', null, 500, 0],
      ['1002', null, 0, 500],
    ]);
    expect(codes(bankChargeVoucher({ amountFen: 500, account: '5301', summary: '' }))[0]?.[0]).toBe('5301');
    const interest = interestVoucher({ amountFen: 1_234, account: '4901', summary: '' });
    expect(interest.kind).toBe('interest');
    expect(codes(interest)).toEqual([
      ['1002', null, 1_234, 0],
      ['4901', null, 0, 1_234],
    ]);
    expect(codes(interestVoucher({ amountFen: 1, account: '4601', summary: '' }))[1]?.[0]).toBe('4601');
  });

  it('a refund takes back the income with its designation: Dr 4101 / Cr 1002 or 1001', () => {
    const refund = refundVoucher({
      donorName: '李四',
      amountFen: 2_000,
      designationId: 5,
      account: '1001',
      reason: '重复转账',
    });
    expect(refund.kind).toBe('refund');
    expect(codes(refund)).toEqual([
      ['4101', 5, 2_000, 0],
      ['1001', null, 0, 2_000],
    ]);
    expect(refund.summary).toBe('退还李四捐赠：重复转账');
    expect(defaultRefundAccount('cash')).toBe('1001');
    expect(defaultRefundAccount('online')).toBe('1002');
  });

  it('every form balances', () => {
    const all = [
      donationVoucher({ ...donation, channel: 'cash' }),
      grantVoucher({ providerName: 'p', amountFen: 9, designationId: null, summary: '' }),
      bankChargeVoucher({ amountFen: 9, account: '5201', summary: '' }),
      interestVoucher({ amountFen: 9, account: '4601', summary: '' }),
      refundVoucher({ donorName: 'd', amountFen: 9, designationId: null, account: '1002', reason: 'r' }),
    ];
    expect(all.every(balances)).toBe(true);
  });
});
