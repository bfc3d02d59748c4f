// Reading contracts: one with everything, the filtered page with totals, and the budget of each community.
import type { ParsedInput } from '../../../shared/contract';
import type { ServiceContext } from '../core/context';
import { notFound } from '../core/errors';
import { today } from '../core/posting/posting-dates';
import { findCommunity, listCommunities } from '../register';
import { approvedPurchasedServicesLine } from '../funding';
import {
  negativeListWarnings,
  staleCheckWarning,
  type ContractDetail,
  type ContractPage,
  type ContractTerms,
  type InstalmentStatus,
  type Payment,
  type PurchasedServicesBudget,
} from '../../../shared/features/contracts/contract';
import { contractNumbers } from './contract-records';
import { selectVersions } from './queries/contract-versions';
import { instalmentStatuses, selectEvaluations, selectPayments } from './money/instalment-status';
import { selectCommittedInYear } from './queries/commitments';
import { checkMaxAgeDays, findProvider } from './providers/provider-queries';
import { findContractRecord, type ContractRecord } from './queries/contracts';
import { paidInYear, selectContractPage } from './queries/contract-list';

export function requireContractRecord(ctx: ServiceContext, id: number): ContractRecord {
  const record = findContractRecord(ctx.db, id);
  if (!record) throw notFound('合同');
  return record;
}

export function listContracts(ctx: ServiceContext, input: ParsedInput<'contracts.list'>): ContractPage {
  return selectContractPage(ctx.db, input);
}

/** Every community with an approved line or a committing contract in the year. */
export function budgetOf(
  ctx: ServiceContext,
  input: ParsedInput<'contracts.budget'>,
): PurchasedServicesBudget[] {
  const committed = new Map(
    selectCommittedInYear(ctx.db, input.year, { communityId: input.communityId }).map((row) => [
      row.communityId,
      row,
    ]),
  );
  const paid = paidInYear(ctx.db, input.year, input.communityId);
  const communities = listCommunities(ctx.db, { search: '', status: 'all' }).filter(
    (community) => input.communityId === undefined || community.id === input.communityId,
  );
  return communities.flatMap((community) => {
    const line = approvedPurchasedServicesLine(ctx.db, input.year, community.id);
    const own = committed.get(community.id);
    if (!line && !own) return [];
    const committedFen = own?.committedFen ?? 0;
    return [
      {
        communityId: community.id,
        communityName: community.name,
        year: input.year,
        allocatedFen: line?.allocatedFen ?? null,
        committedFen,
        paidFen: paid.get(community.id) ?? 0,
        remainingFen: line ? line.allocatedFen - committedFen : null,
        contracts: own?.contracts ?? 0,
      },
    ];
  });
}

/** What signing would store: the negative-list items the content touches and a stale check. */
export function signingWarnings(
  ctx: ServiceContext,
  terms: Pick<ContractTerms, 'title' | 'content'>,
  providerId: number,
  signingDate: string,
): ContractDetail['warnings'] {
  const provider = findProvider(ctx.db, providerId)!;
  return {
    negativeList: negativeListWarnings(`${terms.title}\n${terms.content}`),
    qualification: staleCheckWarning(
      provider.lastCheck?.checkedOn ?? null,
      signingDate,
      checkMaxAgeDays(ctx.db),
    ),
  };
}

function totalsOf(
  record: ContractRecord,
  priceFen: number,
  payments: readonly Payment[],
): ContractDetail['totals'] {
  const sum = (status: Payment['status']) =>
    payments.filter((p) => p.status === status).reduce((total, p) => total + p.amountFen, 0);
  const committedFen = record.settlementFen ?? priceFen;
  const paidFen = sum('paid');
  return {
    priceFen,
    committedFen,
    paidFen,
    pendingFen: sum('requested'),
    remainingFen: committedFen - paidFen,
  };
}

/** One contract with everything (the shared read of every service and document). */
export function readContract(ctx: ServiceContext, id: number): ContractDetail {
  const record = requireContractRecord(ctx, id);
  const versions = selectVersions(ctx.db, id);
  const terms = versions.find((v) => v.version === record.currentVersion)!.terms;
  const provider = findProvider(ctx.db, record.providerId)!;
  const community = findCommunity(ctx.db, record.communityId)!;
  const evaluations = selectEvaluations(ctx.db, id);
  const payments = selectPayments(ctx.db, id);
  const instalments: InstalmentStatus[] = instalmentStatuses(terms.instalments, evaluations, payments);
  return {
    id,
    contractNo: record.contractSeq === null ? null : contractNumbers.format(record.year, record.contractSeq),
    year: record.year,
    state: record.state,
    community: { id: community.id, name: community.name },
    provider: {
      id: provider.id,
      name: provider.name,
      kind: provider.kind,
      uscc: provider.uscc,
      status: provider.status,
    },
    terms,
    versions,
    signedDate: record.signedDate,
    signedBy: record.signedBy,
    startedDate: record.startedDate,
    completedDate: record.completedDate,
    termination:
      record.terminatedDate === null
        ? null
        : {
            date: record.terminatedDate,
            reason: record.terminationReason!,
            settlementFen: record.settlementFen!,
            by: record.terminatedBy!,
          },
    warnings:
      record.state === 'draft'
        ? signingWarnings(ctx, terms, record.providerId, today(ctx))
        : (JSON.parse(record.warningsJson) as ContractDetail['warnings']),
    instalments,
    evaluations,
    payments,
    totals: totalsOf(record, terms.priceFen, payments),
    createdBy: record.createdBy,
    createdAt: record.createdAt,
  };
}
