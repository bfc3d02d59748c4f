// Drafting a contract: create, edit and discard a draft, its terms checked as at signing.
import type { ParsedInput } from '../../../../shared/contract';
import type { ContractDetail } from '../../../../shared/features/contracts/contract';
import { recordAudit } from '../../core/audit';
import { inTransaction, nowIso, type ServiceContext } from '../../core/context';
import { conflict } from '../../core/errors';
import { forgetPreparers, notePreparer } from '../../core/people/separation';
import { findCommunity } from '../../register';
import { contractRecord } from '../contract-records';
import { readContract, requireContractRecord } from '../contract-read';
import { deleteVersions, insertVersion, replaceDraftVersion } from '../queries/contract-versions';
import { refuseSuspendedProvider, requireProvider } from '../providers/providers';
import { deleteContract, insertContract, updateParties, type Parties } from '../queries/contracts';
import { refusalOfAction } from '../../../../shared/features/contracts/contract';

/** The draft's parties must be usable: the community active, the provider not suspended. */
function refuseParties(ctx: ServiceContext, parties: Parties): void {
  const community = findCommunity(ctx.db, parties.communityId);
  if (!community) throw conflict('实施社区：不存在或已被删除', 'communityId');
  if (community.status !== 'active')
    throw conflict(`实施社区：「${community.name}」已归档，不能订立新合同`, 'communityId');
  refuseSuspendedProvider(requireProvider(ctx, parties.providerId));
}

function partiesOf(input: Parties): Parties {
  return { year: input.year, communityId: input.communityId, providerId: input.providerId };
}

/** What the audit row keeps of a draft: its parties and the terms that decide the money. */
export function compactTerms(detail: ContractDetail) {
  const { terms } = detail;
  return {
    contractNo: detail.contractNo,
    year: detail.year,
    communityId: detail.community.id,
    providerId: detail.provider.id,
    state: detail.state,
    title: terms.title,
    startDate: terms.startDate,
    endDate: terms.endDate,
    priceFen: terms.priceFen,
    instalments: terms.instalments.map((i) => ({ seq: i.seq, amountFen: i.amountFen, gate: i.gate })),
    budgetYears: terms.budgetYears,
  };
}

export function createContract(ctx: ServiceContext, input: ParsedInput<'contracts.create'>): ContractDetail {
  return inTransaction(ctx, () => {
    const parties = partiesOf(input);
    refuseParties(ctx, parties);
    const at = nowIso(ctx);
    const id = insertContract(ctx.db, parties, ctx.actor, at);
    insertVersion(ctx.db, id, 1, input, { amendment: null, createdBy: ctx.actor, createdAt: at });
    notePreparer(ctx, contractRecord(id));
    const created = readContract(ctx, id);
    recordAudit(ctx, {
      action: 'create',
      entity: 'contract',
      entityId: id,
      summary: `新增合同草稿：${input.title}`,
      after: compactTerms(created),
    });
    return created;
  });
}

export function updateContract(ctx: ServiceContext, input: ParsedInput<'contracts.update'>): ContractDetail {
  return inTransaction(ctx, () => {
    const record = requireContractRecord(ctx, input.id);
    const refusal = refusalOfAction(record.state, 'edit');
    if (refusal) throw conflict(refusal);
    const before = compactTerms(readContract(ctx, input.id));
    const parties = partiesOf(input);
    refuseParties(ctx, parties);
    updateParties(ctx.db, input.id, parties);
    replaceDraftVersion(ctx.db, input.id, input, {
      amendment: null,
      createdBy: ctx.actor,
      createdAt: nowIso(ctx),
    });
    notePreparer(ctx, contractRecord(input.id));
    const updated = readContract(ctx, input.id);
    recordAudit(ctx, {
      action: 'update',
      entity: 'contract',
      entityId: input.id,
      summary: `修改合同草稿：${input.title}`,
      before,
      after: compactTerms(updated),
    });
    return updated;
  });
}

export function discardContract(
  ctx: ServiceContext,
  input: ParsedInput<'contracts.discard'>,
): { id: number } {
  return inTransaction(ctx, () => {
    const record = requireContractRecord(ctx, input.id);
    const refusal = refusalOfAction(record.state, 'discard');
    if (refusal) throw conflict(refusal);
    const before = compactTerms(readContract(ctx, input.id));
    deleteVersions(ctx.db, input.id);
    deleteContract(ctx.db, input.id);
    forgetPreparers(ctx, contractRecord(input.id));
    recordAudit(ctx, {
      action: 'delete',
      entity: 'contract',
      entityId: input.id,
      summary: `删除合同草稿：${before.title}`,
      before,
    });
    return { id: input.id };
  });
}
