// Sample micro-fund (社区微基金) for `cli demo`, in last year's books so that every date lies behind
// today: settings with a committee of three, an opening voucher on 1 January, donations of every
// channel (two of them anonymous, two still waiting for their 票据), grants to the demo providers
// against the designations, a bank charge, interest, a refund and a reversal; January to June closed.
// Today, so that the fund's screens do not open on an empty month: a donation posted and a grant the
// 经办人 has submitted, waiting for the 审核人. The welfare projects of the last half-year follow
// (demo-fund-projects.ts).
// 管理员 saves the settings, 经办人 prepares every voucher and 审核人 posts it and closes the months.
import type { DemoPeople } from './demo-people';
import { seedDemoAcknowledgements } from './demo-fund-acknowledgements';
import { seedDemoProjects } from './demo-fund-projects';
import { donate, openDemoFund, post, yuan, type Fund } from './demo-fund-setup';
import { call } from './open-backend';

export async function seedDemoFund(
  people: DemoPeople,
  year: number,
  communityIds: (name: string) => number,
  providerIds: (key: string) => number,
  today: string,
) {
  const y = year - 1;
  const { fund, designations, donors } = await openDemoFund(people, y, communityIds);
  const { century, asia, elderly } = designations;
  const { company, market, resident, neighbour, anonymousOnline, anonymousBank } = donors;

  const companyGift = await donate(fund, {
    donorId: company.id,
    date: '01-10',
    amountFen: yuan(100_000),
    channel: 'bank_transfer',
  });
  const residentGift = await donate(fund, {
    donorId: resident.id,
    date: '01-20',
    amountFen: yuan(2_000),
    channel: 'cash',
  });
  await donate(fund, {
    donorId: anonymousOnline.id,
    date: '02-12',
    amountFen: yuan(5_000),
    channel: 'online',
    platform: '腾讯公益',
    designationId: century.id,
  });
  await call(people.preparer, 'fund.payGrant', {
    providerId: providerIds('social'),
    date: `${y}-02-20`,
    amountFen: yuan(30_000),
    designationId: century.id,
    summary: '拨付世纪城社区助老服务项目资助款',
    attachments: 2,
    hostReference: '',
    submit: true,
  }).then((grant) => post(fund, grant.voucherId));
  const marketGift = await donate(fund, {
    donorId: market.id,
    date: '03-08',
    amountFen: yuan(8_000),
    channel: 'in_kind',
    inKindDescription: '大米 200 袋、食用油 200 桶',
    valuationBasis: '捐赠方提供的销售发票',
    designationId: elderly.id,
  });
  await donate(fund, {
    donorId: anonymousBank.id,
    date: '03-15',
    amountFen: yuan(20_000),
    channel: 'bank_transfer',
    designationId: asia.id,
  });
  const charge = await call(people.preparer, 'fund.bankCharge', {
    date: `${y}-03-31`,
    amountFen: yuan(25),
    summary: '一季度银行转账手续费',
    attachments: 1,
    hostReference: '',
    submit: true,
  });
  await post(fund, charge.voucherId);
  await donate(
    fund,
    { donorId: neighbour.id, date: '04-03', amountFen: yuan(1_000), channel: 'cash' },
    false,
  );
  await call(people.preparer, 'fund.payGrant', {
    providerId: providerIds('institution'),
    date: `${y}-04-20`,
    amountFen: yuan(15_000),
    designationId: asia.id,
    summary: '拨付新亚洲体育城青少年四点半课堂资助款',
    attachments: 2,
    hostReference: '',
    submit: true,
  }).then((grant) => post(fund, grant.voucherId));
  const twice = await donate(fund, {
    donorId: resident.id,
    date: '05-06',
    amountFen: yuan(2_000),
    channel: 'bank_transfer',
  });
  const refund = await call(people.preparer, 'fund.refundDonation', {
    donationId: twice.id,
    date: `${y}-05-12`,
    amountFen: yuan(2_000),
    reason: '捐赠人同日重复转账，经核实原路退还',
    attachments: 1,
    hostReference: '',
    submit: true,
  });
  await post(fund, refund.voucherId);
  await call(people.preparer, 'fund.payGrant', {
    providerId: providerIds('community_group'),
    date: `${y}-06-10`,
    amountFen: yuan(20_000),
    designationId: null,
    summary: '资助世纪城社区老年协会端午邻里活动',
    attachments: 1,
    hostReference: '',
    submit: true,
  }).then((grant) => post(fund, grant.voucherId));
  const interest = await call(people.preparer, 'fund.interest', {
    date: `${y}-06-21`,
    amountFen: yuan(312.5),
    summary: '二季度活期存款利息',
    attachments: 1,
    hostReference: '',
    submit: true,
  });
  await post(fund, interest.voucherId);
  // A charge the bank had already refunded, entered by mistake and reversed.
  const mistaken = await call(people.preparer, 'fund.bankCharge', {
    date: `${y}-06-25`,
    amountFen: yuan(50),
    summary: '银行手续费',
    attachments: 1,
    hostReference: '',
    submit: true,
  });
  await post(fund, mistaken.voucherId);
  const reversal = await call(people.preparer, 'fund.reverseVoucher', {
    id: mistaken.voucherId,
    date: `${y}-06-28`,
    reason: '银行已退回该笔手续费，误记冲销',
  });
  await post(fund, reversal.id);
  await seedDemoAcknowledgements(fund, companyGift, residentGift, marketGift);
  for (let month = 1; month <= 6; month += 1) {
    await call(people.approver, 'fund.closeMonth', { month: `${y}-${String(month).padStart(2, '0')}` });
  }
  // The first two quarters' 收支公示 were posted on time; later ones the calendar shows as due or late.
  for (const [quarter, publishedOn] of [
    [1, `${y}-04-20`],
    [2, `${y}-07-15`],
  ] as const)
    await call(people.preparer, 'fund.recordDisclosure', {
      kind: 'quarterly',
      year: y,
      quarter,
      publishedOn,
      workingDays: 10,
    });

  await donate(
    fund,
    { donorId: company.id, date: '07-10', amountFen: yuan(30_000), channel: 'bank_transfer' },
    false,
  );
  await donate(fund, {
    donorId: neighbour.id,
    date: '08-05',
    amountFen: yuan(3_000),
    channel: 'online',
    platform: '支付宝公益',
  });
  await call(people.preparer, 'fund.payGrant', {
    providerId: providerIds('social'),
    date: `${y}-09-15`,
    amountFen: yuan(5_000),
    designationId: elderly.id,
    summary: '中秋困难老人慰问物资发放',
    attachments: 2,
    hostReference: '',
    submit: true,
  }).then((grant) => post(fund, grant.voucherId));

  await seedDemoProjects(fund, today, communityIds, providerIds, {
    designations,
    anonymousDonorId: anonymousBank.id,
  });
  await seedToday(fund, today, donors.company.id, providerIds('social'));
}

/** This month's first entries: a donation posted, a grant waiting for review. */
async function seedToday(fund: Fund, today: string, donorId: number, providerId: number) {
  const recorded = await call(fund.people.preparer, 'fund.recordDonation', {
    donorId,
    date: today,
    amountFen: yuan(10_000),
    channel: 'bank_transfer',
    platform: '',
    inKindDescription: '',
    valuationBasis: '',
    designationId: null,
    note: '',
    attachments: 1,
    hostReference: '',
    submit: true,
  });
  await post(fund, recorded.voucherId);
  await call(fund.people.preparer, 'fund.payGrant', {
    providerId,
    date: today,
    amountFen: yuan(6_000),
    designationId: null,
    summary: '资助社区邻里互助冬季关爱活动',
    attachments: 1,
    hostReference: '',
    submit: true,
  });
}
