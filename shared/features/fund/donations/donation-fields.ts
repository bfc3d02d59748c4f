// Inputs of the donations slice: donors, donations with their 票据, the lists, and the forms that write
// a voucher. Every message is Chinese and names its field.
import { z } from 'zod';
import { validateUscc } from '../../../domain/uscc';
import {
  fen,
  flag,
  isoDate,
  multiline,
  oneOf,
  optionalText,
  phone,
  recordId,
  requiredText,
  wholeNumber,
  year,
} from '../../../contract/fields';
import { bankChargeAccounts, donationChannels, interestAccounts, refundAccounts } from './voucher-forms';

export const donorKinds = ['person', 'organisation'] as const;
export const donorKindLabels = { person: '个人', organisation: '单位' } as const;
/** What an anonymous donor is published as unless the donor chose another name. */
export const anonymousPublishedName = '爱心人士';

const donorFields = z.object(
  {
    kind: oneOf('捐赠人类型', donorKinds),
    name: requiredText('捐赠人名称', 100),
    uscc: optionalText('统一社会信用代码', 30),
    contactPerson: optionalText('联系人', 50),
    phone: phone('联系电话'),
    address: optionalText('地址', 200),
    anonymous: flag('匿名'),
    /** Only read for an anonymous donor; blank → 爱心人士. */
    publishedName: optionalText('公示名称', 100),
    note: optionalText('备注', 500, multiline),
  },
  { error: '捐赠人：缺少捐赠人信息' },
);

function checkDonor<T extends z.infer<typeof donorFields>>(value: T, context: z.RefinementCtx) {
  let uscc = '';
  if (value.uscc !== '') {
    if (value.kind !== 'organisation') {
      context.addIssue({ code: 'custom', message: '统一社会信用代码：个人捐赠人不填写', path: ['uscc'] });
      return z.NEVER;
    }
    const checked = validateUscc(value.uscc);
    if (!checked.ok) {
      context.addIssue({
        code: 'custom',
        message: `统一社会信用代码：${checked.reason.replace(/^统一社会信用代码/u, '')}`,
        path: ['uscc'],
      });
      return z.NEVER;
    }
    uscc = checked.normalized;
  }
  const publishedName = value.anonymous ? value.publishedName || anonymousPublishedName : value.name;
  return { ...value, uscc, publishedName };
}

export const donorInput = donorFields.transform(checkDonor);
export type DonorInput = z.input<typeof donorInput>;
export const donorUpdateInput = donorFields.extend({ id: recordId('捐赠人') }).transform(checkDonor);
export const donorIdInput = z.object({ id: recordId('捐赠人') }, { error: '捐赠人：缺少捐赠人' });

const paging = {
  page: wholeNumber('页码', { min: 1 }).default(1),
  pageSize: wholeNumber('每页条数', { min: 1, max: 500 }).default(50),
};

export const donorListInput = z.object(
  { search: optionalText('搜索', 50), ...paging },
  { error: '捐赠人列表：查询条件无效' },
);

const submitFlag = flag('提交审核').default(false);
const attachments = wholeNumber('附件张数', { max: 999 }).default(0);
const hostReference = optionalText('托管机构凭证号', 50);

const donationFields = z.object(
  {
    donorId: recordId('捐赠人'),
    date: isoDate('捐赠日期'),
    amountFen: fen('捐赠金额'),
    channel: oneOf('捐赠方式', donationChannels),
    platform: optionalText('网络平台名称', 100),
    inKindDescription: optionalText('实物名称及数量', 200),
    valuationBasis: optionalText('估值依据', 200),
    designationId: recordId('限定用途').nullable().default(null),
    note: optionalText('备注', 500, multiline),
    attachments,
    hostReference,
    submit: submitFlag,
  },
  { error: '捐赠：缺少捐赠信息' },
);

function checkDonation<T extends z.infer<typeof donationFields>>(value: T, context: z.RefinementCtx) {
  if (value.channel === 'online' && value.platform === '') {
    context.addIssue({
      code: 'custom',
      message: '网络平台名称：网络平台捐赠必须填写平台',
      path: ['platform'],
    });
    return z.NEVER;
  }
  if (value.channel === 'in_kind') {
    if (value.inKindDescription === '') {
      context.addIssue({
        code: 'custom',
        message: '实物名称及数量：实物捐赠必须填写',
        path: ['inKindDescription'],
      });
      return z.NEVER;
    }
    if (value.valuationBasis === '') {
      context.addIssue({
        code: 'custom',
        message: '估值依据：实物捐赠必须写明估值依据（发票、市场价格或评估报告）',
        path: ['valuationBasis'],
      });
      return z.NEVER;
    }
  }
  return {
    ...value,
    platform: value.channel === 'online' ? value.platform : '',
    inKindDescription: value.channel === 'in_kind' ? value.inKindDescription : '',
    valuationBasis: value.channel === 'in_kind' ? value.valuationBasis : '',
  };
}

export const donationInput = donationFields.transform(checkDonation);
export type DonationInput = z.input<typeof donationInput>;
export const donationUpdateInput = donationFields.extend({ id: recordId('捐赠') }).transform(checkDonation);

export const donationIdInput = z.object({ id: recordId('捐赠') }, { error: '捐赠：缺少捐赠' });

export const donationListInput = z.object(
  {
    year: year().optional(),
    month: wholeNumber('月份', { min: 1, max: 12 }).optional(),
    /** A designation's id, or 0 for the unrestricted donations. */
    designationId: wholeNumber('限定用途', { min: 0, max: Number.MAX_SAFE_INTEGER }).optional(),
    channel: oneOf('捐赠方式', donationChannels).optional(),
    donorId: recordId('捐赠人').optional(),
    awaitingReceipt: flag('待开票据').default(false),
    ...paging,
  },
  { error: '捐赠列表：查询条件无效' },
);

export const receiptInput = z.object(
  {
    donationId: recordId('捐赠'),
    code: requiredText('票据代码', 20).refine((value) => /^[0-9A-Za-z]{1,20}$/u.test(value), {
      error: '票据代码：只能包含数字和字母',
    }),
    number: requiredText('票据号码', 20).refine((value) => /^[0-9]{1,20}$/u.test(value), {
      error: '票据号码：只能包含数字',
    }),
    checkCode: optionalText('校验码', 20),
    date: isoDate('开票日期'),
    /** Required when the donation already has a 票据 (a correction). */
    reason: optionalText('更正原因', 500, multiline),
  },
  { error: '票据：缺少票据信息' },
);

export const receiptRegisterInput = z.object({ year: year() }, { error: '票据登记簿：缺少年度' });

export const grantInput = z.object(
  {
    providerId: recordId('承接主体'),
    date: isoDate('拨付日期'),
    amountFen: fen('拨付金额'),
    designationId: recordId('限定用途').nullable().default(null),
    summary: optionalText('摘要', 100),
    attachments,
    hostReference,
    submit: submitFlag,
  },
  { error: '资助：缺少拨付信息' },
);

export const bankChargeInput = z.object(
  {
    date: isoDate('日期'),
    amountFen: fen('手续费金额'),
    account: oneOf('费用科目', bankChargeAccounts).default('5201'),
    summary: optionalText('摘要', 100),
    attachments,
    hostReference,
    submit: submitFlag,
  },
  { error: '银行手续费：缺少信息' },
);

export const interestInput = z.object(
  {
    date: isoDate('日期'),
    amountFen: fen('利息金额'),
    account: oneOf('收入科目', interestAccounts).default('4901'),
    summary: optionalText('摘要', 100),
    attachments,
    hostReference,
    submit: submitFlag,
  },
  { error: '利息收入：缺少信息' },
);

export const refundInput = z.object(
  {
    donationId: recordId('捐赠'),
    date: isoDate('退还日期'),
    amountFen: fen('退还金额'),
    /** Blank: back the way the money came (cash for cash, the bank otherwise). */
    account: oneOf('退还方式', refundAccounts).optional(),
    reason: requiredText('退还原因', 200),
    attachments,
    hostReference,
    submit: submitFlag,
  },
  { error: '退还捐赠：缺少信息' },
);
