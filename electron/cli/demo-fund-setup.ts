// The demo fund's standing data, before any activity: settings with a committee of three, three
// designations, the opening voucher on 1 January of last year and six donors (two anonymous); and the
// helpers the activity uses (经办人 records and submits, 审核人 posts).
import { usccCheckCharacter } from '../../shared/domain/uscc';
import type { ChannelInput } from '../../shared/contract';
import type { DemoPeople } from './demo-people';
import { call } from './open-backend';

const uscc = (first17: string) => first17 + usccCheckCharacter(first17);
export const yuan = (amount: number) => Math.round(amount * 100);

type DonationInput = ChannelInput<'fund.recordDonation'>;

export interface Fund {
  people: DemoPeople;
  y: number;
  receipts: number;
}

export async function post(fund: Fund, voucherId: number) {
  return call(fund.people.approver, 'fund.postVoucher', { id: voucherId });
}

/** 经办人 records and submits, 审核人 posts; a 票据 follows unless `receipt` is false. `date` is MM-DD of `y`. */
export async function donate(
  fund: Fund,
  input: Omit<DonationInput, 'submit' | 'date'> & { date: string },
  receipt = true,
) {
  return donateOn(fund, { ...input, date: `${fund.y}-${input.date}` }, receipt);
}

/** As donate, on a full ISO date (the demo's recent entries are dated back from today). */
export async function donateOn(
  fund: Fund,
  input: Omit<DonationInput, 'submit' | 'date'> & { date: string },
  receipt = true,
) {
  const recorded = await call(fund.people.preparer, 'fund.recordDonation', {
    attachments: 1,
    ...input,
    submit: true,
  });
  await post(fund, recorded.voucherId);
  if (receipt) {
    fund.receipts += 1;
    await call(fund.people.preparer, 'fund.recordReceipt', {
      donationId: recorded.donation.id,
      code: '53010125',
      number: String(fund.receipts).padStart(10, '0'),
      checkCode: '',
      date: input.date,
      reason: '',
    });
  }
  return recorded.donation;
}

async function donor(fund: Fund, input: ChannelInput<'fund.createDonor'>) {
  return call(fund.people.preparer, 'fund.createDonor', input);
}

const person = (name: string, phone: string) => ({
  kind: 'person' as const,
  name,
  uscc: '',
  contactPerson: '',
  phone,
  address: '',
  anonymous: false,
  publishedName: '',
  note: '',
});

/** Saves the settings, the designations, the opening voucher and the donors; `y` is the demo's year. */
export async function openDemoFund(people: DemoPeople, y: number, communityIds: (name: string) => number) {
  const fund: Fund = { people, y, receipts: 0 };
  await call(people.administrator, 'fund.saveSettings', {
    fundName: '官渡民生服务基金',
    hostName: '官渡区慈善协会',
    hostUscc: uscc('51530111MJ0567890'),
    agreementNumber: `官慈托〔${y}〕1号`,
    bankName: '中国工商银行昆明官渡支行',
    accountName: '官渡区慈善协会',
    accountNumber: '2502 0101 0900 8765 432',
    openingDate: `${y}-01-01`,
    committee: [
      { name: '张敏', duty: 'chair', affiliation: '示例街道办事处', phone: '0871-60000000' },
      { name: '李建华', duty: 'vice_chair', affiliation: '世纪城社区居委会', phone: '13888000201' },
      { name: '何丽萍', duty: 'member', affiliation: '居民代表', phone: '13888000202' },
    ],
  });
  const accounts = await call(people.preparer, 'fund.accounts', {});
  const account = (code: string) => accounts.find((row) => row.code === code)!.id;

  const designate = (input: ChannelInput<'fund.createDesignation'>) =>
    call(people.preparer, 'fund.createDesignation', input);
  const century = await designate({
    name: '世纪城社区助老服务',
    target: 'community',
    communityId: communityIds('世纪城'),
    projectName: '',
    purpose: '用于世纪城社区独居、空巢老人的助餐和探访服务',
    restrictionKind: 'use',
    usableFrom: null,
  });
  const asia = await designate({
    name: '新亚洲体育城青少年活动',
    target: 'community',
    communityId: communityIds('新亚洲体育城'),
    projectName: '',
    purpose: '用于新亚洲体育城社区青少年课后活动',
    restrictionKind: 'use',
    usableFrom: null,
  });
  const elderly = await designate({
    name: '困难老人慰问',
    target: 'purpose',
    communityId: null,
    projectName: '',
    purpose: '用于辖区困难老人节日慰问物资',
    restrictionKind: 'use',
    usableFrom: null,
  });

  const opening = await call(people.preparer, 'fund.createVoucher', {
    kind: 'opening',
    date: `${y}-01-01`,
    summary: '建账：结转托管账户期初余额',
    attachments: 2,
    hostReference: '',
    counterparty: '',
    supplementsId: null,
    lines: [
      { accountId: account('1002'), summary: '银行存款期初余额', debitFen: yuan(200_000), creditFen: 0 },
      {
        accountId: account('3101'),
        summary: '非限定性净资产期初余额',
        debitFen: 0,
        creditFen: yuan(150_000),
      },
      {
        accountId: account('3102'),
        designationId: century.id,
        summary: '限定性净资产期初余额（世纪城社区助老服务）',
        debitFen: 0,
        creditFen: yuan(50_000),
      },
    ],
  });
  await call(people.preparer, 'fund.submitVoucher', { id: opening.id });
  await post(fund, opening.id);

  const company = await donor(fund, {
    kind: 'organisation',
    name: '云南春城建设集团有限公司',
    uscc: uscc('91530100MA6N34567'),
    contactPerson: '孙立',
    phone: '0871-63150001',
    address: '昆明市官渡区春城路 88 号',
    anonymous: false,
    publishedName: '',
    note: '',
  });
  const market = await donor(fund, {
    kind: 'organisation',
    name: '昆明惠民超市有限公司',
    uscc: uscc('91530111MA6P45678'),
    contactPerson: '林红',
    phone: '0871-63150002',
    address: '官渡区世纪城中路 12 号',
    anonymous: false,
    publishedName: '',
    note: '',
  });
  const resident = await donor(fund, person('赵德明', '13888000301'));
  const neighbour = await donor(fund, person('钱晓燕', '13888000302'));
  const anonymousOnline = await donor(fund, {
    ...person('孙女士', '13888000303'),
    anonymous: true,
    note: '本人要求匿名，公示为爱心人士',
  });
  const anonymousBank = await donor(fund, {
    ...person('周先生', '13888000304'),
    anonymous: true,
    publishedName: '一位老街坊',
    note: '本人要求匿名',
  });
  return {
    fund,
    designations: { century, asia, elderly },
    donors: { company, market, resident, neighbour, anonymousOnline, anonymousBank },
  };
}
