// OWNER: renderer books slice. The field names of the micro-fund's audit rows, kept apart from the older
// features' in audit-fields.ts, which spreads them into its one map per entity. The keys are those of the
// records the fund's handlers put in an audit row's before / after (the slices' outputs, camelCase).
import type { AuditEntity } from '../../../shared/contract/audit';
import {
  committeeDutyLabels,
  designationTargetLabels,
  restrictionKindLabels,
  voucherKindLabels,
  voucherStateLabels,
} from '../../../shared/features/fund/books/contract';
import { donationChannelLabels, donorKindLabels } from '../../../shared/features/fund/donations/contract';

type FundEntity = Extract<
  AuditEntity,
  | 'fund_settings'
  | 'fund_account'
  | 'fund_designation'
  | 'fund_voucher'
  | 'fund_donor'
  | 'fund_donation'
  | 'fund_period'
>;

const voucherLineLabels = {
  lines: '分录',
  lineNo: '行号',
  accountId: '科目编号',
  accountCode: '科目代码',
  accountName: '科目名称',
  designationId: '限定用途编号',
  designationName: '限定用途',
  debitFen: '借方金额',
  creditFen: '贷方金额',
};

export const fundAuditFieldLabels: Record<FundEntity, Record<string, string>> = {
  fund_settings: {
    fundName: '基金名称',
    hostName: '托管机构',
    hostUscc: '托管机构统一社会信用代码',
    agreementNumber: '设立协议编号',
    bankName: '开户银行',
    accountName: '账户名称',
    accountNumber: '银行账号',
    openingDate: '建账日期',
    committee: '管委会成员',
    position: '序号',
    name: '姓名',
    duty: '职务',
    affiliation: '工作单位',
    phone: '联系电话',
    openingVoucherId: '期初凭证编号',
    hasVouchers: '已有凭证',
  },
  fund_account: {
    code: '科目代码',
    name: '科目名称',
    kind: '科目类别',
    normalSide: '余额方向',
    designationRule: '限定性规则',
    parentId: '上级科目编号',
    parentCode: '上级科目代码',
    standard: '制度科目',
    active: '启用',
    used: '已使用',
    leaf: '末级科目',
  },
  fund_designation: {
    name: '限定用途名称',
    target: '限定对象',
    communityId: '社区编号',
    communityName: '社区',
    projectName: '项目名称',
    purpose: '用途',
    restrictionKind: '限定方式',
    usableFrom: '可使用日期',
    liftedVoucherId: '解除限制凭证编号',
    liftConsent: '捐赠人同意解除限制的说明',
    receivedFen: '已收',
    usedFen: '已用',
    releasedFen: '已解除限制',
    liftedFen: '解除限制转出',
    availableFen: '可用余额',
    state: '状态',
    lifted: '已解除限制',
    pendingLiftVoucherId: '待审核的解除限制凭证编号',
  },
  fund_voucher: {
    ...voucherLineLabels,
    number: '凭证号',
    kind: '凭证类型',
    state: '状态',
    date: '凭证日期',
    voucherDate: '凭证日期',
    summary: '摘要',
    attachments: '附件张数',
    hostReference: '托管机构凭证号',
    counterparty: '往来单位',
    providerId: '承接主体编号',
    donationId: '捐赠编号',
    liftConsent: '捐赠人同意解除限制的说明',
    reversesId: '冲销的凭证编号',
    reversedById: '被冲销凭证编号',
    supplementsId: '补充的凭证编号',
    sourceId: '来源凭证编号',
    period: '会计期间',
    seq: '凭证序号',
    createdBy: '制单人',
    submittedAt: '提交时间',
    postedAt: '记账时间',
    postedBy: '审核记账人',
    preparer: '制单人',
    reviewer: '审核人',
    rejectReason: '退回理由',
    reason: '理由',
    releaseVoucherId: '解除限制凭证编号',
    providerName: '承接主体',
    debitTotalFen: '借方合计',
    creditTotalFen: '贷方合计',
    preparers: '制单人',
    reverses: '冲销的凭证',
    reversedBy: '被冲销凭证',
    release: '解除限制凭证',
    source: '来源凭证',
    supplements: '补充的凭证',
  },
  fund_donor: {
    kind: '捐赠人类型',
    name: '捐赠人名称',
    uscc: '统一社会信用代码',
    contactPerson: '联系人',
    phone: '联系电话',
    address: '地址',
    anonymous: '匿名',
    publishedName: '公示名称',
    note: '备注',
  },
  fund_donation: {
    donorId: '捐赠人编号',
    donorName: '捐赠人',
    publishedName: '公示名称',
    date: '捐赠日期',
    donationDate: '捐赠日期',
    amountFen: '捐赠金额',
    channel: '捐赠方式',
    platform: '募捐平台',
    inKindDescription: '实物描述',
    valuationBasis: '计价依据',
    designationId: '限定用途编号',
    designationName: '限定用途',
    note: '备注',
    voucherId: '凭证编号',
    voucherNumber: '凭证号',
    receipt: '捐赠票据',
    receiptCode: '票据代码',
    receiptNumber: '票据号码',
    receiptCheckCode: '票据校验码',
    receiptDate: '开票日期',
    code: '票据代码',
    number: '票据号码',
    checkCode: '票据校验码',
    refundedFen: '已退还金额',
    voucherState: '凭证状态',
  },
  fund_period: {
    period: '会计期间',
    periodStart: '期间开始',
    periodEnd: '期间结束',
    ledger: '账套',
    checksum: '校验值',
    reason: '理由',
    year: '年度',
    month: '月份',
    yearEndVoucherId: '年末结转凭证编号',
  },
};

type Labels = Record<string, string>;

/**
 * Code values of the fund's records by their Chinese names, per entity and field: `kind` or `state`
 * means something else on a voucher, a donor and an account, so these cannot join the shared per-field map.
 */
export const fundAuditValueLabels: Record<FundEntity, Record<string, Labels>> = {
  fund_settings: { duty: committeeDutyLabels },
  fund_account: {},
  fund_designation: { target: designationTargetLabels, restrictionKind: restrictionKindLabels },
  fund_voucher: { kind: voucherKindLabels, state: voucherStateLabels },
  fund_donor: { kind: donorKindLabels },
  fund_donation: { channel: donationChannelLabels, voucherState: voucherStateLabels },
  fund_period: {},
};
