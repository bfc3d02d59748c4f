// The forms that write a voucher for the clerk (记录捐赠、拨付资助、银行手续费、利息收入、退还捐赠): each
// form's input turned into the voucher's kind, summary and lines, so that the screen shows the voucher
// before it is saved and the Node side saves exactly what was shown. Pure: no Node, no DOM.
// Accounts are those of 《民间非营利组织会计制度》 (附录 会计科目名称和编号): 1001 现金, 1002 银行存款,
// 1201 存货, 4101 捐赠收入, 4601 投资收益, 4901 其他收入, 5101 业务活动成本, 5201 管理费用, 5301 筹资费用.

export const donationChannels = ['bank_transfer', 'cash', 'online', 'in_kind'] as const;
export type DonationChannel = (typeof donationChannels)[number];

export const donationChannelLabels: Record<DonationChannel, string> = {
  bank_transfer: '银行转账',
  cash: '现金',
  online: '网络平台',
  in_kind: '实物捐赠',
};

export const bankChargeAccounts = ['5201', '5301'] as const;
export type BankChargeAccount = (typeof bankChargeAccounts)[number];
export const bankChargeAccountLabels: Record<BankChargeAccount, string> = {
  '5201': '5201 管理费用',
  '5301': '5301 筹资费用',
};

export const interestAccounts = ['4901', '4601'] as const;
export type InterestAccount = (typeof interestAccounts)[number];
export const interestAccountLabels: Record<InterestAccount, string> = {
  '4901': '4901 其他收入',
  '4601': '4601 投资收益',
};

export const refundAccounts = ['1002', '1001'] as const;
export type RefundAccount = (typeof refundAccounts)[number];
export const refundAccountLabels: Record<RefundAccount, string> = {
  '1002': '1002 银行存款',
  '1001': '1001 现金',
};

export type FormVoucherKind = 'donation' | 'grant' | 'bank_charge' | 'interest' | 'refund';

export interface FormLine {
  accountCode: string;
  designationId: number | null;
  summary: string;
  debitFen: number;
  creditFen: number;
}

export interface FormVoucher {
  kind: FormVoucherKind;
  summary: string;
  designationId: number | null;
  lines: FormLine[];
}

const debit = (
  accountCode: string,
  designationId: number | null,
  summary: string,
  fen: number,
): FormLine => ({
  accountCode,
  designationId,
  summary,
  debitFen: fen,
  creditFen: 0,
});

const credit = (
  accountCode: string,
  designationId: number | null,
  summary: string,
  fen: number,
): FormLine => ({
  accountCode,
  designationId,
  summary,
  debitFen: 0,
  creditFen: fen,
});

/** Where the money (or the goods) of a donation arrives: the host's account for a transfer or an online
 * platform's settlement, the cash box for cash, 存货 for goods at their valuation. */
export function donationDebitAccount(channel: DonationChannel): string {
  if (channel === 'cash') return '1001';
  if (channel === 'in_kind') return '1201';
  return '1002';
}

/** A refund goes back the way the money came: cash for a cash donation, the bank otherwise. */
export function defaultRefundAccount(channel: DonationChannel): RefundAccount {
  return channel === 'cash' ? '1001' : '1002';
}

function restrictedWord(designationName: string | null): string {
  return designationName === null ? '非限定性' : `限定性：${designationName}`;
}

export interface DonationForm {
  donorName: string;
  amountFen: number;
  channel: DonationChannel;
  platform?: string;
  inKindDescription?: string;
  designationId: number | null;
  /** The designation's name for the summary; null when the donation is unrestricted. */
  designationName: string | null;
}

export function donationVoucher(form: DonationForm): FormVoucher {
  const how =
    form.channel === 'online' && form.platform
      ? `${donationChannelLabels.online}（${form.platform}）`
      : form.channel === 'in_kind' && form.inKindDescription
        ? `${donationChannelLabels.in_kind}（${form.inKindDescription}）`
        : donationChannelLabels[form.channel];
  const summary = `收到${form.donorName}捐赠，${how}，${restrictedWord(form.designationName)}`;
  return {
    kind: 'donation',
    summary,
    designationId: form.designationId,
    lines: [
      debit(donationDebitAccount(form.channel), null, summary, form.amountFen),
      credit('4101', form.designationId, summary, form.amountFen),
    ],
  };
}

export interface GrantForm {
  providerName: string;
  amountFen: number;
  designationId: number | null;
  summary: string;
}

export function grantVoucher(form: GrantForm): FormVoucher {
  const summary = form.summary.trim() || `拨付${form.providerName}资助款`;
  return {
    kind: 'grant',
    summary,
    designationId: form.designationId,
    lines: [
      debit('5101', form.designationId, summary, form.amountFen),
      credit('1002', null, summary, form.amountFen),
    ],
  };
}

export interface BankChargeForm {
  amountFen: number;
  account: BankChargeAccount;
  summary: string;
}

export function bankChargeVoucher(form: BankChargeForm): FormVoucher {
  const summary = form.summary.trim() || '银行手续费';
  return {
    kind: 'bank_charge',
    summary,
    designationId: null,
    lines: [
      debit(form.account, null, summary, form.amountFen),
      credit('1002', null, summary, form.amountFen),
    ],
  };
}

export interface InterestForm {
  amountFen: number;
  account: InterestAccount;
  summary: string;
}

/** Interest on the fund's money is unrestricted income. */
export function interestVoucher(form: InterestForm): FormVoucher {
  const summary = form.summary.trim() || '银行存款利息';
  return {
    kind: 'interest',
    summary,
    designationId: null,
    lines: [
      debit('1002', null, summary, form.amountFen),
      credit(form.account, null, summary, form.amountFen),
    ],
  };
}

export interface RefundForm {
  donorName: string;
  amountFen: number;
  /** The donation's designation: the refund takes back the income it was recorded as. */
  designationId: number | null;
  account: RefundAccount;
  reason: string;
}

export function refundVoucher(form: RefundForm): FormVoucher {
  const summary = `退还${form.donorName}捐赠：${form.reason.trim()}`;
  return {
    kind: 'refund',
    summary,
    designationId: form.designationId,
    lines: [
      debit('4101', form.designationId, summary, form.amountFen),
      credit(form.account, null, summary, form.amountFen),
    ],
  };
}
