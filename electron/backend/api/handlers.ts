// Maps every channel of the contract to a service call. The mapped type makes a missing channel, an
// extra one, or a handler whose input or output drifts from the contract a compile error.
import type { ChannelName, ChannelOutput, ParsedInput } from '../../../shared/contract';
import { listAudit } from '../core/audit';
import {
  archiveCommunity,
  createCommunity,
  deleteCommunity,
  getCommunityDetail,
  listCommunities,
  restoreCommunity,
  updateCommunity,
} from '../register/communities';
import type { ServiceContext } from '../core/context';
import { archiveCourtyard, createCourtyard, restoreCourtyard, updateCourtyard } from '../register/courtyards';
import { readOfficeSettings, updateOfficeSettings } from '../core/office';
import { saveProfile } from '../register/profiles';
import { computeAllocation, previewAllocation } from '../funding/allocation-compute';
import {
  approveAllocation,
  clearOverride,
  overrideLine,
  setPartyBuilding,
} from '../funding/allocation-edit';
import { adjustLine, disburse, listVoucherUses, reverseDisbursement } from '../funding/funding-postings';
import { listStandards, saveStandard } from '../funding/funding-standards';
import { listFundingYears, readCommunityFunding, readFundingYear } from '../funding/funding-year';
import { exportAnnualReport, exportFundingNotice } from '../funding/funding-documents';
import { listCalendar, postingPeriod, saveCalendarDay, today } from '../calendar/holiday-calendar';
import { householdsTemplate, importHouseholds } from '../funding/households-import';
import {
  decideAccessRequest,
  getAccessRequest,
  listAccessRequests,
  readCatalogue,
  reviewAccessRequest,
  revokeAccessRequest,
  submitAccessRequest,
  updateAccessRequest,
  withdrawAccessRequest,
} from '../access/access-requests';
import { exportAccessForm, exportAccessRegister } from '../access/access-documents';
import { exportListNotice, exportListVersion } from '../lists/list-documents';
import { importList, listImportTemplate } from '../lists/list-import';
import { deleteListItem, reorderListItems, saveListItem } from '../lists/list-items';
import {
  discardDraft,
  listHistory,
  listOverview,
  listVersionsOf,
  publishDraft,
  readCurrent,
  readVersion,
  startDraft,
} from '../lists/public-lists';

export type Handler<C extends ChannelName> = (
  ctx: ServiceContext,
  input: ParsedInput<C>,
) => ChannelOutput<C> | Promise<ChannelOutput<C>>;

export type Handlers = { [C in ChannelName]: Handler<C> };

export const handlers: Handlers = {
  'office.get': (ctx) => readOfficeSettings(ctx),
  'office.update': updateOfficeSettings,
  'communities.list': listCommunities,
  'communities.get': (ctx, input) => getCommunityDetail(ctx, input.id),
  'communities.create': createCommunity,
  'communities.update': updateCommunity,
  'communities.archive': (ctx, input) => archiveCommunity(ctx, input.id),
  'communities.restore': (ctx, input) => restoreCommunity(ctx, input.id),
  'communities.delete': (ctx, input) => deleteCommunity(ctx, input.id),
  'courtyards.create': createCourtyard,
  'courtyards.update': updateCourtyard,
  'courtyards.archive': (ctx, input) => archiveCourtyard(ctx, input.id),
  'courtyards.restore': (ctx, input) => restoreCourtyard(ctx, input.id),
  'profiles.save': saveProfile,
  'audit.list': listAudit,
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
  'funding.importHouseholds': importHouseholds,
  'funding.annualReport': (ctx, input) => exportAnnualReport(ctx, input.year),
  'funding.notice': exportFundingNotice,
  'calendar.list': (ctx, input) => listCalendar(ctx, input.year),
  'calendar.save': saveCalendarDay,
  'calendar.postingEnd': (ctx, input) => postingPeriod(ctx, input.startDate, input.workingDays),
  'calendar.today': today,
  'lists.overview': (ctx) => listOverview(ctx),
  'lists.versions': (ctx, input) => listVersionsOf(ctx, input.kind),
  'lists.version': (ctx, input) => readVersion(ctx, input.versionId),
  'lists.current': (ctx, input) => readCurrent(ctx, input.kind),
  'lists.history': (ctx, input) => listHistory(ctx, input.kind),
  'lists.startDraft': (ctx, input) => startDraft(ctx, input.kind),
  'lists.saveItem': saveListItem,
  'lists.deleteItem': (ctx, input) => deleteListItem(ctx, input.itemId),
  'lists.reorder': reorderListItems,
  'lists.publish': publishDraft,
  'lists.discardDraft': (ctx, input) => discardDraft(ctx, input.versionId),
  'lists.importTemplate': (ctx, input) => listImportTemplate(ctx, input.kind),
  'lists.import': importList,
  'lists.notice': exportListNotice,
  'lists.exportExcel': (ctx, input) => exportListVersion(ctx, input.versionId),
  'access.list': listAccessRequests,
  'access.get': (ctx, input) => getAccessRequest(ctx, input.id),
  'access.submit': submitAccessRequest,
  'access.update': updateAccessRequest,
  'access.withdraw': withdrawAccessRequest,
  'access.review': reviewAccessRequest,
  'access.decide': decideAccessRequest,
  'access.revoke': revokeAccessRequest,
  'access.catalogue': readCatalogue,
  'access.form': (ctx, input) => exportAccessForm(ctx, input.id),
  'access.exportRegister': (ctx) => exportAccessRegister(ctx),
};
