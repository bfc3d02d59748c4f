// Inputs of the fund's books: settings with the 管委会, 明细科目, designations (限定用途) and vouchers
// (记账凭证). Amounts are integer fen; a voucher line is a debit or a credit, never both.
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

export const committeeDuties = ['chair', 'vice_chair', 'member'] as const;
export type CommitteeDuty = (typeof committeeDuties)[number];
export const committeeDutyLabels: Record<CommitteeDuty, string> = {
  chair: '主任',
  vice_chair: '副主任',
  member: '委员',
};

export const committeeMemberInput = z.object(
  {
    name: requiredText('管委会成员姓名', 30),
    duty: oneOf('管委会职务', committeeDuties),
    affiliation: optionalText('所在单位', 60),
    phone: phone('联系电话'),
  },
  { error: '管委会成员：格式不正确' },
);

export const fundSettingsInput = z
  .object(
    {
      fundName: requiredText('基金名称', 60),
      hostName: requiredText('托管机构名称', 60),
      hostUscc: requiredText('托管机构统一社会信用代码', 30),
      agreementNumber: optionalText('托管协议编号', 60),
      bankName: requiredText('开户银行', 60),
      accountName: requiredText('账户名称', 60),
      accountNumber: requiredText('银行账号', 40),
      openingDate: isoDate('建账日期'),
      committee: z
        .array(committeeMemberInput, { error: '管委会成员：格式不正确' })
        .max(30, { error: '管委会成员：不能超过 30 人' }),
    },
    { error: '基金设置：格式不正确' },
  )
  .transform((value, context) => {
    const uscc = validateUscc(value.hostUscc);
    if (!uscc.ok) {
      context.addIssue({
        code: 'custom',
        message: `托管机构统一社会信用代码：${uscc.reason.replace(/^统一社会信用代码/u, '')}`,
        path: ['hostUscc'],
      });
      return z.NEVER;
    }
    return { ...value, hostUscc: uscc.normalized };
  });

export const accountCreateInput = z.object(
  {
    parentId: recordId('上级科目'),
    /** The full code: the parent's code and two more digits (110201). */
    code: z
      .string({ error: '科目编码：必须填写' })
      .regex(/^[1-5]\d{5,9}$/, { error: '科目编码：应为上级科目编码加两位数字' }),
    name: requiredText('科目名称', 40),
  },
  { error: '会计科目：格式不正确' },
);

export const accountUpdateInput = z.object(
  {
    id: recordId('会计科目'),
    name: requiredText('科目名称', 40),
    active: flag('是否启用'),
  },
  { error: '会计科目：格式不正确' },
);

export const designationTargets = ['community', 'project', 'purpose'] as const;
export type DesignationTarget = (typeof designationTargets)[number];
export const designationTargetLabels: Record<DesignationTarget, string> = {
  community: '指定社区',
  project: '指定项目',
  purpose: '指定用途',
};
export const restrictionKinds = ['use', 'time'] as const;
export type RestrictionKind = (typeof restrictionKinds)[number];
export const restrictionKindLabels: Record<RestrictionKind, string> = { use: '用途限制', time: '时间限制' };

export const designationInput = z
  .object(
    {
      name: requiredText('限定用途名称', 60),
      target: oneOf('限定对象', designationTargets),
      communityId: recordId('社区')
        .nullish()
        .transform((value) => value ?? null),
      projectName: optionalText('项目名称', 60),
      purpose: requiredText('用途说明', 300, multiline),
      restrictionKind: oneOf('限制类型', restrictionKinds),
      usableFrom: isoDate('可使用日期')
        .nullish()
        .transform((value) => value ?? null),
    },
    { error: '限定用途：格式不正确' },
  )
  .transform((value, context) => {
    if (value.target === 'community' && value.communityId === null)
      context.addIssue({ code: 'custom', message: '社区：指定社区时必须选择社区', path: ['communityId'] });
    if (value.target === 'project' && value.projectName === '')
      context.addIssue({ code: 'custom', message: '项目名称：指定项目时必须填写', path: ['projectName'] });
    if (value.restrictionKind === 'time' && value.usableFrom === null)
      context.addIssue({ code: 'custom', message: '可使用日期：时间限制时必须填写', path: ['usableFrom'] });
    return {
      ...value,
      communityId: value.target === 'community' ? value.communityId : null,
      projectName: value.target === 'project' ? value.projectName : '',
      usableFrom: value.restrictionKind === 'time' ? value.usableFrom : null,
    };
  });

export const designationLiftInput = z.object(
  {
    designationId: recordId('限定用途'),
    date: isoDate('解除日期'),
    consent: requiredText('捐赠方同意情况', 300, multiline),
    summary: requiredText('摘要', 100),
  },
  { error: '解除限制：格式不正确' },
);

export const manualVoucherKinds = ['general', 'opening', 'supplementary'] as const;
export type ManualVoucherKind = (typeof manualVoucherKinds)[number];

export const voucherKinds = [
  'general',
  'opening',
  'donation',
  'grant',
  'bank_charge',
  'interest',
  'refund',
  'release',
  'lift',
  'year_end',
  'reversal',
  'supplementary',
] as const;
export type VoucherKindName = (typeof voucherKinds)[number];
export const voucherKindLabels: Record<VoucherKindName, string> = {
  general: '一般凭证',
  opening: '期初凭证',
  donation: '捐赠收入',
  grant: '项目支出',
  bank_charge: '银行手续费',
  interest: '利息收入',
  refund: '捐赠退回',
  release: '限定性净资产解除',
  lift: '解除限制',
  year_end: '年末结转',
  reversal: '红字冲销',
  supplementary: '补充凭证',
};
export const voucherStates = ['draft', 'submitted', 'posted'] as const;
export type VoucherState = (typeof voucherStates)[number];
export const voucherStateLabels: Record<VoucherState, string> = {
  draft: '草稿',
  submitted: '待审核',
  posted: '已记账',
};

export const voucherLineInput = z.object(
  {
    accountId: recordId('会计科目'),
    designationId: recordId('限定用途')
      .nullish()
      .transform((value) => value ?? null),
    summary: optionalText('分录摘要', 100),
    debitFen: fen('借方金额', { allowZero: true }),
    creditFen: fen('贷方金额', { allowZero: true }),
  },
  { error: '分录：格式不正确' },
);

const voucherFields = {
  kind: oneOf('凭证类型', manualVoucherKinds),
  date: isoDate('凭证日期'),
  summary: requiredText('摘要', 100),
  attachments: wholeNumber('附件张数', { min: 0, max: 999 }),
  hostReference: optionalText('托管机构凭证号', 40),
  counterparty: optionalText('往来单位', 60),
  supplementsId: recordId('被补充的凭证')
    .nullish()
    .transform((value) => value ?? null),
  lines: z
    .array(voucherLineInput, { error: '分录：格式不正确' })
    .min(2, { error: '分录：至少两行' })
    .max(100, { error: '分录：不能超过 100 行' }),
};

export const voucherInput = z.object(voucherFields, { error: '记账凭证：格式不正确' });
export const voucherUpdateInput = z.object(
  { id: recordId('记账凭证'), ...voucherFields },
  { error: '记账凭证：格式不正确' },
);
export const voucherIdInput = z.object({ id: recordId('记账凭证') }, { error: '记账凭证：格式不正确' });
export const voucherRejectInput = z.object(
  { id: recordId('记账凭证'), reason: requiredText('退回理由', 300, multiline) },
  { error: '退回凭证：格式不正确' },
);
export const voucherReverseInput = z.object(
  { id: recordId('记账凭证'), date: isoDate('冲销日期'), reason: requiredText('冲销理由', 100) },
  { error: '冲销凭证：格式不正确' },
);

export const voucherListInput = z
  .object(
    {
      period: z
        .string({ error: '会计期间：格式应为 YYYY-MM' })
        .regex(/^\d{4}-(0[1-9]|1[0-2])$/, { error: '会计期间：格式应为 YYYY-MM' })
        .nullish()
        .transform((value) => value ?? null),
      year: year('年度')
        .nullish()
        .transform((value) => value ?? null),
      state: oneOf('凭证状态', voucherStates)
        .nullish()
        .transform((value) => value ?? null),
      kind: oneOf('凭证类型', voucherKinds)
        .nullish()
        .transform((value) => value ?? null),
      search: optionalText('搜索', 60),
      offset: wholeNumber('起始行', { min: 0 }).default(0),
      limit: wholeNumber('每页行数', { min: 1, max: 500 }).default(50),
    },
    { error: '凭证查询：格式不正确' },
  )
  .default({ period: null, year: null, state: null, kind: null, search: '', offset: 0, limit: 50 });

export type FundSettingsInput = z.infer<typeof fundSettingsInput>;
export type VoucherInput = z.infer<typeof voucherInput>;
export type VoucherLineInput = z.infer<typeof voucherLineInput>;
export type DesignationInput = z.infer<typeof designationInput>;
