// Arranging the fund spec's starting point through the host's API: the fund's settings (kept by the
// 管理员), opened on the first day of last month so that last month can be closed; a designation
// (限定用途) for a community, a donor (named or anonymous), a posted donation and a provider to receive the
// grant.
import type { APIRequestContext } from '@playwright/test';
import { usccCharset, usccCheckCharacter } from '../../../shared/domain/uscc';
import { providerInput } from '../../fixtures/contracts';
import { uniqueName } from '../pages/app';
import { todayInShanghai } from './contracts-seed';
import { callChannel } from './funding-seed';

/** A USCC no earlier run has used: `prefix` + nine random characters, and its check character. */
export function freshUscc(prefix: string): string {
  let first17 = prefix;
  while (first17.length < 17) first17 += usccCharset.charAt(Math.floor(Math.random() * 31));
  return first17 + usccCheckCharacter(first17);
}

/** 'YYYY-MM' of the month before today's (Asia/Shanghai), and a day in it. */
export function lastMonth(): { period: string; firstDay: string; day: string } {
  const [year, month] = todayInShanghai().split('-').map(Number) as [number, number];
  const previous = month === 1 ? { year: year - 1, month: 12 } : { year, month: month - 1 };
  const period = `${previous.year}-${String(previous.month).padStart(2, '0')}`;
  return { period, firstDay: `${period}-01`, day: `${period}-15` };
}

/** Saves the fund's settings unless an earlier spec did, opened on the first day of last month. */
export async function ensureFundSettings(admin: APIRequestContext): Promise<void> {
  const current = await callChannel(admin, 'fund.settings', {});
  if (current.settings) return;
  await callChannel(admin, 'fund.saveSettings', {
    fundName: '官渡民生服务基金',
    hostName: '官渡区慈善协会',
    hostUscc: freshUscc('51530111'),
    agreementNumber: '官慈托〔2026〕1号',
    bankName: '中国农业银行昆明官渡支行',
    accountName: '官渡区慈善协会',
    accountNumber: '2404 0101 0400 12345',
    openingDate: lastMonth().firstDay,
    committee: [
      { name: '李明', duty: 'chair', affiliation: '街道办事处', phone: '0871-67100001' },
      { name: '王芳', duty: 'member', affiliation: '社区居委会', phone: '0871-67100002' },
    ],
  });
}

export async function purposeDesignation(request: APIRequestContext): Promise<{ id: number; name: string }> {
  const name = uniqueName('助老餐桌');
  await callChannel(request, 'fund.createDesignation', {
    name,
    target: 'purpose',
    purpose: '为社区高龄独居老人提供午餐',
    restrictionKind: 'use',
  });
  const designations = await callChannel(request, 'fund.designations', {});
  const created = designations.find((designation) => designation.name === name);
  if (!created) throw new Error(`designation ${name} was not created`);
  return { id: created.id, name };
}

export async function donorNamed(request: APIRequestContext, name: string): Promise<number> {
  const donor = await callChannel(request, 'fund.createDonor', {
    kind: 'organisation',
    name,
    uscc: freshUscc('91530111'),
    contactPerson: '赵强',
    phone: '0871-67200001',
    address: '昆明市官渡区',
    anonymous: false,
    publishedName: '',
    note: '',
  });
  return donor.id;
}

export async function grantRecipient(request: APIRequestContext): Promise<{ id: number; name: string }> {
  const name = uniqueName('官渡乐龄社工中心');
  const provider = await callChannel(
    request,
    'providers.create',
    providerInput({ name, uscc: freshUscc('52530111') }),
  );
  return { id: provider.id, name };
}

/** A person who gave anonymously: `realName` must never reach a public document (爱心人士 there). */
export async function anonymousDonor(request: APIRequestContext, realName: string): Promise<number> {
  const donor = await callChannel(request, 'fund.createDonor', {
    kind: 'person',
    name: realName,
    uscc: '',
    contactPerson: '',
    phone: '13800000000',
    address: '昆明市官渡区',
    anonymous: true,
    publishedName: '',
    note: '不愿公开姓名',
  });
  return donor.id;
}

/** An unrestricted donation by bank transfer recorded by the 经办人 and posted by the 审核人. */
export async function postedDonation(
  request: APIRequestContext,
  reviewer: APIRequestContext,
  entry: { donorId: number; date: string; amountFen: number },
): Promise<{ donationId: number; voucherId: number }> {
  const recorded = await callChannel(request, 'fund.recordDonation', {
    ...entry,
    channel: 'bank_transfer',
    platform: '',
    inKindDescription: '',
    valuationBasis: '',
    designationId: null,
    note: '',
    attachments: 0,
    hostReference: '',
    submit: true,
  });
  await callChannel(reviewer, 'fund.postVoucher', { id: recorded.voucherId });
  return { donationId: recorded.donation.id, voucherId: recorded.voucherId };
}

/** A posted voucher reversed in red today by the 经办人, the reversal posted by the 审核人. */
export async function reversedVoucher(
  request: APIRequestContext,
  reviewer: APIRequestContext,
  entry: { id: number; reason: string },
): Promise<void> {
  const reversal = await callChannel(request, 'fund.reverseVoucher', { ...entry, date: todayInShanghai() });
  await callChannel(reviewer, 'fund.postVoucher', { id: reversal.id });
}

/**
 * A welfare project agreed today through the project channels, running a year (so it owes an update every
 * three months): a resident group's application, the 审核人's review and the 管委会's approval, one instalment.
 */
export async function agreedProject(
  request: APIRequestContext,
  reviewer: APIRequestContext,
  title: string,
): Promise<{ id: number; number: string }> {
  const today = todayInShanghai();
  const [community] = await callChannel(request, 'communities.list', { status: 'active' });
  if (!community) throw new Error('the database has no active community to apply for a project');
  const budgetFen = 1_200_00;
  const { id } = await callChannel(request, 'fund.applyProject', {
    communityId: community.id,
    applicantKind: 'resident_group',
    applicantName: uniqueName('银龄互助队'),
    title,
    purpose: '为独居老人每周上门探访',
    beneficiaries: '独居老人 20 人',
    periodStart: today,
    periodEnd: `${Number(today.slice(0, 4)) + 1}${today.slice(4, 8)}01`,
    budgetFen,
    budgetLines: [{ item: '探访物资', amountFen: budgetFen }],
    designationId: null,
    appliedOn: today,
  });
  await callChannel(reviewer, 'fund.reviewProject', { id, reviewedOn: today, opinion: '同意报管委会' });
  await callChannel(reviewer, 'fund.decideProject', {
    id,
    result: 'approved',
    decidedOn: today,
    decisionNo: uniqueName('管委〔e2e〕'),
    approvedFen: budgetFen,
  });
  const agreed = await callChannel(request, 'fund.agreeProject', {
    id,
    agreementNo: uniqueName('资助〔e2e〕'),
    signedOn: today,
    instalments: [{ plannedOn: today, amountFen: budgetFen }],
  });
  return { id, number: agreed.number };
}
