// Funding's handlers: standards, the year's allocation and its postings, the import and the documents.
import type { fundingChannels } from '../../../shared/features/funding/channels';
import { uploadedBytes } from '../core/file-output';
import type { HandlersOf } from '../core/handler';
import { computeAllocation, previewAllocation } from './allocation-compute';
import { approveAllocation, clearOverride, overrideLine, setPartyBuilding } from './allocation-edit';
import { exportAnnualReport, exportFundingNotice } from './funding-documents';
import { adjustLine, disburse, listVoucherUses, reverseDisbursement } from './funding-postings';
import { listStandards, saveStandard } from './funding-standards';
import { listFundingYears, readCommunityFunding, readFundingYear } from './funding-year';
import { householdsTemplate, importHouseholds } from './households-import';

export const fundingHandlers: HandlersOf<typeof fundingChannels> = {
  'standards.list': (ctx) => listStandards(ctx),
  'standards.save': saveStandard,
  'funding.years': (ctx) => listFundingYears(ctx),
  'funding.preview': (ctx, input) => previewAllocation(ctx, input.year),
  'funding.compute': (ctx, input) => computeAllocation(ctx, input.year),
  'funding.year': (ctx, input) => readFundingYear(ctx, input.year),
  'funding.community': (ctx, input) => readCommunityFunding(ctx, input.year, input.communityId),
  'funding.setPartyBuilding': setPartyBuilding,
  'funding.override': overrideLine,
  'funding.clearOverride': (ctx, input) => clearOverride(ctx, input.lineId),
  'funding.approve': (ctx, input) => approveAllocation(ctx, input.year),
  'funding.adjust': adjustLine,
  'funding.disburse': disburse,
  'funding.reverse': reverseDisbursement,
  'funding.voucherUses': listVoucherUses,
  'funding.householdsTemplate': (ctx, input) => householdsTemplate(ctx, input.year),
  'funding.importHouseholds': (ctx, { base64, ...input }) =>
    importHouseholds(ctx, { ...input, bytes: uploadedBytes(base64) }),
  'funding.annualReport': (ctx, input) => exportAnnualReport(ctx, input.year),
  'funding.notice': exportFundingNotice,
};
