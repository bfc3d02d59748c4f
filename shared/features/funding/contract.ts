// Funding's contract: the input schema and output type of every channel declared in channels.ts (the
// standards, the year's allocation, approval, adjustments, disbursements, the import and the documents).
import { z } from 'zod';
import { partBlockRules } from './funding-rules';
import type { fundingChannels } from './channels';
import type {
  AllocationLine,
  AllocationPreview,
  AllocationStatus,
  ApprovalResult,
  CommunityFunding,
  Disbursement,
  FundingStandard,
  FundingYear,
  HouseholdsImportResult,
  PostedDisbursement,
  StandardVersion,
  VoucherUse,
} from './outputs';
import { fileTooLargeMessage, maxImportBase64Length } from '../../domain/import-limits';
import { channel, noInput, type ContractFor } from '../../contract/channel-spec';
import type { FileOutput } from '../../contract/files';
import {
  documentDateRange,
  fen,
  isoDate,
  multiline,
  optionalText,
  recordId,
  requiredText,
  wholeNumber,
  year,
} from '../../contract/fields';

export * from './outputs';

const standardFields = {
  effectiveYear: year('起始年度'),
  basicMinHouseholds: wholeNumber('基本办公经费起算户数', { min: 1, max: 1_000_000 }),
  basicBaseMaxHouseholds: wholeNumber('基础档上限户数', { min: 1, max: 1_000_000 }),
  basicBaseFen: fen('基础档金额'),
  basicBlockHouseholds: wholeNumber('每档户数', { min: 1, max: 1_000_000 }),
  basicBlockFen: fen('每档金额', { allowZero: true }),
  partBlockRule: z.enum(partBlockRules, { error: '不足一档的计算方式：请选择有效的选项' }),
  servicesRateFen: z.object(
    {
      self_governed: fen('自治院落每户标准', { allowZero: true, perHousehold: true }),
      public_unit: fen('公共单位院落每户标准', { allowZero: true, perHousehold: true }),
      property_managed: fen('物管院落每户标准', { allowZero: true, perHousehold: true }),
    },
    { error: '公共服务经费标准：格式不正确' },
  ),
  secretaryUpliftPercent: wholeNumber('书记兼主任绩效上浮比例', { max: 100 }),
  note: optionalText('说明', 500, multiline),
};

export const standardInput = z
  .object(standardFields)
  .refine((value) => value.basicBaseMaxHouseholds >= value.basicMinHouseholds, {
    error: '基础档上限户数：不能小于起算户数',
    path: ['basicBaseMaxHouseholds'],
  });

export const yearInput = z.object({ year: year('年度') });
export const communityYearInput = z.object({ year: year('年度'), communityId: recordId('社区') });
export const lineIdInput = z.object({ lineId: recordId('经费项目') });

export const partyBuildingInput = z.object({
  year: year('年度'),
  communityId: recordId('社区'),
  amountFen: fen('党建工作经费', { allowZero: true }),
  organisations: requiredText('涵盖的党组织', 300, multiline),
});

export const overrideInput = z.object({
  lineId: recordId('经费项目'),
  amountFen: fen('核定金额', { allowZero: true }),
  reason: requiredText('调整理由', 300, multiline),
});

export const adjustmentInput = z.object({
  lineId: recordId('经费项目'),
  amountFen: fen('调整金额', { allowNegative: true }),
  reason: requiredText('调整理由', 300, multiline),
  date: isoDate('调整日期'),
});

export const disbursementInput = z.object({
  lineId: recordId('经费项目'),
  date: isoDate('拨付日期'),
  amountFen: fen('拨付金额'),
  voucherNo: requiredText('凭证号', 40),
  note: optionalText('备注', 300),
});

export const reversalInput = z.object({
  disbursementId: recordId('拨付记录'),
  date: isoDate('冲销日期'),
  /** The reversal's own voucher in the finance system (not the original's). */
  voucherNo: requiredText('凭证号', 40),
  reason: requiredText('冲销理由', 300, multiline),
});

export const voucherUsesInput = z.object({ voucherNo: requiredText('凭证号', 40) });

export const householdsImportInput = z.object({
  year: year('年度'),
  fileName: requiredText('文件名', 200),
  base64: z
    .string({ error: '文件：缺少文件内容' })
    .min(1, { error: '文件：文件是空的' })
    .max(maxImportBase64Length, { error: fileTooLargeMessage }),
});

export const fundingNoticeInput = z.object({
  year: year('年度'),
  /** One community, or every community of the year in one document when absent. */
  communityId: recordId('社区').optional(),
  startDate: isoDate('公示开始日期', documentDateRange),
  workingDays: wholeNumber('公示期工作日数', { min: 1, max: 30 }),
  issueDate: isoDate('落款日期', documentDateRange),
});

export const fundingContract = {
  'standards.list': channel<StandardVersion[]>()(noInput),
  'standards.save': channel<FundingStandard>()(standardInput),
  'funding.years':
    channel<{ year: number; status: AllocationStatus; approvedAt: string | null }[]>()(noInput),
  'funding.preview': channel<AllocationPreview>()(yearInput),
  'funding.compute': channel<AllocationPreview>()(yearInput),
  'funding.year': channel<FundingYear>()(yearInput),
  'funding.community': channel<CommunityFunding>()(communityYearInput),
  'funding.setPartyBuilding': channel<AllocationLine>()(partyBuildingInput),
  'funding.override': channel<AllocationLine>()(overrideInput),
  'funding.clearOverride': channel<AllocationLine>()(lineIdInput),
  'funding.approve': channel<ApprovalResult>()(yearInput),
  'funding.adjust': channel<AllocationLine>()(adjustmentInput),
  'funding.disburse': channel<PostedDisbursement>()(disbursementInput),
  'funding.reverse': channel<Disbursement>()(reversalInput),
  'funding.voucherUses': channel<VoucherUse[]>()(voucherUsesInput),
  'funding.householdsTemplate': channel<FileOutput>()(yearInput),
  'funding.importHouseholds': channel<HouseholdsImportResult>()(householdsImportInput),
  'funding.annualReport': channel<FileOutput>()(yearInput),
  'funding.notice': channel<FileOutput>()(fundingNoticeInput),
} satisfies ContractFor<typeof fundingChannels>;
