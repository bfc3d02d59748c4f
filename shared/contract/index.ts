// The one typed contract between the renderer and the Node side. Each channel is declared once here with
// its run-time input schema and its output type; both transports (Electron IPC, the loopback host) and
// window.api are derived from it, so a missing handler or a drifted signature fails to compile.
import { z } from 'zod';
import { auditListInput, type AuditPage } from './audit';
import type { ChannelName } from './channels';
import type { Today } from '../domain/years';
import {
  communityIdInput,
  communityInput,
  communityListInput,
  communityUpdateInput,
  courtyardIdInput,
  courtyardInput,
  courtyardUpdateInput,
  profileInput,
  type Community,
  type CommunityDetail,
  type CommunitySummary,
  type Courtyard,
  type YearlyProfile,
} from '../features/register/contract';
import {
  adjustmentInput,
  calendarListInput,
  calendarSaveInput,
  communityYearInput,
  fundingNoticeInput,
  householdsImportInput,
  postingEndInput,
  disbursementInput,
  lineIdInput,
  overrideInput,
  partyBuildingInput,
  reversalInput,
  voucherUsesInput,
  standardInput,
  yearInput,
  type AllocationLine,
  type AllocationPreview,
  type AllocationStatus,
  type CalendarEntry,
  type PostingPeriod,
  type FileOutput,
  type HouseholdsImportResult,
  type CommunityFunding,
  type Disbursement,
  type PostedDisbursement,
  type VoucherUse,
  type FundingStandard,
  type StandardVersion,
  type FundingYear,
} from '../features/funding/contract';
import { officeSettingsInput, type OfficeSettings } from './office';
import {
  listImportInput,
  listItemIdInput,
  listItemInput,
  listKindInput,
  listNoticeInput,
  listPublishInput,
  listReorderInput,
  listVersionIdInput,
  type ListImportResult,
  type ListItem,
  type ListOverview,
  type ListVersion,
  type ListVersionChanges,
  type ListVersionDetail,
} from '../features/lists/contract';
import {
  accessCatalogueInput,
  accessDecisionInput,
  accessListInput,
  accessRequestIdInput,
  accessRequestInput,
  accessReviewInput,
  accessUpdateInput,
  accessWithdrawInput,
  accessRevokeInput,
  type AccessRequest,
  type CatalogueEntry,
} from '../features/access/contract';
import type { Result } from './result';

interface ChannelSpec<Input extends z.ZodType = z.ZodType, Output = unknown> {
  input: Input;
  /** Phantom: carries the output type, never read at run time. */
  output?: Output;
}

function channel<Output>() {
  return <Input extends z.ZodType>(input: Input): ChannelSpec<Input, Output> => ({ input });
}

const noInput = z.object({}).default({});

export interface ApprovalResult {
  year: number;
  status: AllocationStatus;
  approvedBy: string | null;
  approvedAt: string | null;
}

export const contract = {
  'office.get': channel<OfficeSettings>()(noInput),
  'office.update': channel<OfficeSettings>()(officeSettingsInput),
  'communities.list': channel<CommunitySummary[]>()(communityListInput),
  'communities.get': channel<CommunityDetail>()(communityIdInput),
  'communities.create': channel<Community>()(communityInput),
  'communities.update': channel<Community>()(communityUpdateInput),
  'communities.archive': channel<Community>()(communityIdInput),
  'communities.restore': channel<Community>()(communityIdInput),
  'communities.delete': channel<{ id: number }>()(communityIdInput),
  'courtyards.create': channel<Courtyard>()(courtyardInput),
  'courtyards.update': channel<Courtyard>()(courtyardUpdateInput),
  'courtyards.archive': channel<Courtyard>()(courtyardIdInput),
  'courtyards.restore': channel<Courtyard>()(courtyardIdInput),
  'profiles.save': channel<YearlyProfile>()(profileInput),
  'audit.list': channel<AuditPage>()(auditListInput),
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
  'calendar.list': channel<CalendarEntry[]>()(calendarListInput),
  'calendar.save': channel<CalendarEntry>()(calendarSaveInput),
  'calendar.postingEnd': channel<PostingPeriod>()(postingEndInput),
  'calendar.today': channel<Today>()(noInput),
  'lists.overview': channel<ListOverview[]>()(noInput),
  'lists.versions': channel<ListVersion[]>()(listKindInput),
  'lists.version': channel<ListVersionDetail>()(listVersionIdInput),
  'lists.current': channel<ListVersionDetail>()(listKindInput),
  'lists.history': channel<ListVersionChanges[]>()(listKindInput),
  'lists.startDraft': channel<ListVersionDetail>()(listKindInput),
  'lists.saveItem': channel<ListItem>()(listItemInput),
  'lists.deleteItem': channel<ListVersionDetail>()(listItemIdInput),
  'lists.reorder': channel<ListVersionDetail>()(listReorderInput),
  'lists.publish': channel<ListVersion>()(listPublishInput),
  'lists.discardDraft': channel<{ id: number }>()(listVersionIdInput),
  'lists.importTemplate': channel<FileOutput>()(listKindInput),
  'lists.import': channel<ListImportResult>()(listImportInput),
  'lists.notice': channel<FileOutput>()(listNoticeInput),
  'lists.exportExcel': channel<FileOutput>()(listVersionIdInput),
  'access.list': channel<AccessRequest[]>()(accessListInput),
  'access.get': channel<AccessRequest>()(accessRequestIdInput),
  'access.submit': channel<AccessRequest>()(accessRequestInput),
  'access.update': channel<AccessRequest>()(accessUpdateInput),
  'access.withdraw': channel<AccessRequest>()(accessWithdrawInput),
  'access.review': channel<AccessRequest>()(accessReviewInput),
  'access.decide': channel<AccessRequest>()(accessDecisionInput),
  'access.revoke': channel<AccessRequest>()(accessRevokeInput),
  'access.catalogue': channel<CatalogueEntry[]>()(accessCatalogueInput),
  'access.form': channel<FileOutput>()(accessRequestIdInput),
  'access.exportRegister': channel<FileOutput>()(noInput),
} satisfies { [C in ChannelName]: ChannelSpec };

export type Contract = typeof contract;
/** What a caller sends (before defaults and trimming). */
export type ChannelInput<C extends ChannelName> = z.input<Contract[C]['input']>;
/** What a handler receives: validated, trimmed, defaults filled. */
export type ParsedInput<C extends ChannelName> = z.output<Contract[C]['input']>;
export type ChannelOutput<C extends ChannelName> = NonNullable<Contract[C]['output']>;

/** The renderer's view: one async function per channel, answering with the result envelope. */
export type Api = { [C in ChannelName]: (input: ChannelInput<C>) => Promise<Result<ChannelOutput<C>>> };

export { channelNames, isChannelName, type ChannelName } from './channels';
export * from './result';
