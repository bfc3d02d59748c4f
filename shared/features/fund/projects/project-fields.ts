// Inputs of the welfare-project slice: the application with its budget lines, the office's review, the
// 管委会's decision, the grant agreement with its instalments, an instalment's payment, progress reports,
// closing (结项) and the lists. Every message is Chinese and names its field.
import { z } from 'zod';
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
import { formatYuan } from '../../../domain/money';
import { projectStates } from './project-workflow';

export const applicantKinds = ['provider', 'resident_group'] as const;
export const applicantKindLabels = { provider: '承接主体', resident_group: '居民自组织' } as const;

const budgetLine = z.object(
  {
    item: requiredText('预算明细：支出项目', 100),
    amountFen: fen('预算明细：金额'),
    note: optionalText('预算明细：说明', 200),
  },
  { error: '预算明细：缺少明细' },
);

const applicationFields = z.object(
  {
    communityId: recordId('申请社区'),
    applicantKind: oneOf('申请主体类型', applicantKinds),
    /** The provider applying; null for a resident self-organisation. */
    providerId: recordId('承接主体').nullable().default(null),
    /** The resident self-organisation's name; a provider's name is read from the register. */
    applicantName: optionalText('居民自组织名称', 100),
    applicantContact: optionalText('联系人', 50),
    applicantPhone: phone('联系电话'),
    title: requiredText('项目名称', 100),
    purpose: requiredText('项目目的', 1000, multiline),
    beneficiaries: requiredText('受益对象', 500, multiline),
    periodStart: isoDate('实施开始日期'),
    periodEnd: isoDate('实施结束日期'),
    budgetFen: fen('申请金额'),
    budgetLines: z
      .array(budgetLine, { error: '预算明细：缺少明细' })
      .min(1, { error: '预算明细：至少填写一项' })
      .max(50, { error: '预算明细：不能超过 50 项' }),
    designationId: recordId('限定用途').nullable().default(null),
    appliedOn: isoDate('申请日期'),
  },
  { error: '项目申请：缺少申请信息' },
);

type ApplicationFields = z.infer<typeof applicationFields>;

function issue(context: z.RefinementCtx, message: string, path: string): never {
  context.addIssue({ code: 'custom', message, path: [path] });
  return z.NEVER as never;
}

function checkApplication<T extends ApplicationFields>(value: T, context: z.RefinementCtx) {
  if (value.applicantKind === 'provider' && value.providerId === null)
    return issue(context, '承接主体：申请主体为承接主体时必须选择', 'providerId');
  if (value.applicantKind === 'resident_group') {
    if (value.providerId !== null)
      return issue(context, '承接主体：申请主体为居民自组织时不选择承接主体', 'providerId');
    if (value.applicantName === '')
      return issue(context, '居民自组织名称：申请主体为居民自组织时必须填写', 'applicantName');
  }
  if (value.periodEnd < value.periodStart)
    return issue(context, `实施结束日期：不能早于开始日期 ${value.periodStart}`, 'periodEnd');
  const linesFen = value.budgetLines.reduce((sum, line) => sum + line.amountFen, 0);
  if (linesFen !== value.budgetFen)
    return issue(
      context,
      `预算明细：合计 ${formatYuan(linesFen)} 元，与申请金额 ${formatYuan(value.budgetFen)} 元不一致`,
      'budgetLines',
    );
  return { ...value, applicantName: value.applicantKind === 'provider' ? '' : value.applicantName };
}

export const projectApplyInput = applicationFields.transform(checkApplication);
export type ProjectApplyInput = z.input<typeof projectApplyInput>;
export const projectUpdateInput = applicationFields
  .extend({ id: recordId('公益项目') })
  .transform(checkApplication);

export const projectIdInput = z.object({ id: recordId('公益项目') }, { error: '公益项目：缺少项目' });

export const projectWithdrawInput = z.object(
  { id: recordId('公益项目'), reason: requiredText('撤回原因', 500, multiline) },
  { error: '撤回：缺少撤回信息' },
);

export const projectReviewInput = z.object(
  {
    id: recordId('公益项目'),
    reviewedOn: isoDate('初审日期'),
    opinion: requiredText('初审意见', 1000, multiline),
  },
  { error: '街道初审：缺少初审信息' },
);

export const decisionResults = ['approved', 'rejected'] as const;
export const decisionResultLabels = { approved: '批准资助', rejected: '不予资助' } as const;

export const projectDecideInput = z
  .object(
    {
      id: recordId('公益项目'),
      result: oneOf('决定结果', decisionResults),
      decidedOn: isoDate('决议日期'),
      decisionNo: requiredText('决议文号', 50),
      /** Required when approved, left out when refused. */
      approvedFen: fen('批准金额').nullable().default(null),
      conditions: optionalText('资助条件', 1000, multiline),
    },
    { error: '管委会决议：缺少决议信息' },
  )
  .superRefine((value, context) => {
    if (value.result === 'approved' && value.approvedFen === null)
      issue(context, '批准金额：批准资助时必须填写', 'approvedFen');
    if (value.result === 'rejected' && value.approvedFen !== null)
      issue(context, '批准金额：不予资助时不填写', 'approvedFen');
  });

const instalment = z.object(
  {
    plannedOn: isoDate('拨付计划：计划日期'),
    amountFen: fen('拨付计划：金额'),
    condition: optionalText('拨付计划：拨付条件', 200),
  },
  { error: '拨付计划：缺少分期' },
);

export const projectAgreeInput = z.object(
  {
    id: recordId('公益项目'),
    agreementNo: requiredText('协议编号', 50),
    signedOn: isoDate('签订日期'),
    terms: optionalText('主要条款', 2000, multiline),
    instalments: z
      .array(instalment, { error: '拨付计划：缺少分期' })
      .min(1, { error: '拨付计划：至少一期' })
      .max(12, { error: '拨付计划：不能超过 12 期' }),
  },
  { error: '资助协议：缺少协议信息' },
);

export const payInstalmentInput = z.object(
  {
    instalmentId: recordId('拨付期次'),
    date: isoDate('拨付日期'),
    summary: optionalText('摘要', 100),
    attachments: wholeNumber('附件张数', { max: 999 }).default(0),
    hostReference: optionalText('托管机构凭证号', 50),
    submit: flag('提交审核').default(false),
  },
  { error: '拨付：缺少拨付信息' },
);

export const projectReportInput = z.object(
  {
    id: recordId('公益项目'),
    reportedOn: isoDate('报告日期'),
    progress: requiredText('进展情况', 2000, multiline),
    /** Cumulative: all the money used since the start. */
    usedFen: fen('累计使用资金', { allowZero: true }),
  },
  { error: '进展报告：缺少报告信息' },
);

export const closingDispositions = ['return_to_designation', 'redesignate'] as const;
export const closingDispositionLabels = {
  return_to_designation: '退回原限定用途',
  redesignate: '经管委会决议改变用途',
} as const;

export const projectCloseInput = z
  .object(
    {
      id: recordId('公益项目'),
      closedOn: isoDate('结项日期'),
      usedFen: fen('实际使用资金', { allowZero: true }),
      returnedFen: fen('退回资金', { allowZero: true }),
      disposition: oneOf('结余资金处理', closingDispositions),
      /** Only for a re-designation: the 管委会's decision and where the leftover goes. */
      redesignation: z
        .object(
          {
            decidedOn: isoDate('改变用途决议日期'),
            decisionNo: requiredText('改变用途决议文号', 50),
            targetDesignationId: recordId('改变后的限定用途'),
          },
          { error: '改变用途：缺少决议信息' },
        )
        .nullable()
        .default(null),
      report: requiredText('结项报告', 4000, multiline),
    },
    { error: '结项：缺少结项信息' },
  )
  .superRefine((value, context) => {
    if (value.disposition === 'redesignate' && value.redesignation === null)
      issue(context, '改变用途：经管委会决议改变用途时必须填写决议和新的限定用途', 'redesignation');
    if (value.disposition === 'return_to_designation' && value.redesignation !== null)
      issue(context, '改变用途：退回原限定用途时不填写改变用途决议', 'redesignation');
  });

const paging = {
  page: wholeNumber('页码', { min: 1 }).default(1),
  pageSize: wholeNumber('每页条数', { min: 1, max: 500 }).default(50),
};

/** The list's columns the backend sorts the whole filtered list by: sorting one page would mislead. */
export const projectSortKeys = [
  'number',
  'communityName',
  'title',
  'approvedFen',
  'paidFen',
  'remainingFen',
  'nextUpdateDue',
] as const;
export type ProjectSortKey = (typeof projectSortKeys)[number];

export const projectListInput = z.object(
  {
    state: oneOf('状态', projectStates).optional(),
    communityId: recordId('社区').optional(),
    year: year().optional(),
    /** Part of the number, title or applicant. */
    search: optionalText('搜索', 50),
    sort: oneOf('排序列', projectSortKeys).default('number'),
    order: oneOf('排序方向', ['ascend', 'descend']).default('descend'),
    ...paging,
  },
  { error: '公益项目列表：查询条件无效' },
);

export const projectRemindersInput = z.object({}, { error: '项目进展提醒：查询条件无效' });

export const projectAuditInput = z.object(
  {
    id: recordId('公益项目'),
    offset: wholeNumber('起始行', { max: 10_000_000 }).default(0),
    limit: wholeNumber('每页行数', { min: 1, max: 500 }).default(50),
  },
  { error: '操作日志：缺少项目' },
);
