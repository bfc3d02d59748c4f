// A signed contract starts performing (履行) on its first evaluation or payment, dated by it, without a
// separate 开始履行 step: the record then agrees with what has happened.
import { recordAudit } from '../../core/audit';
import type { ServiceContext } from '../../core/context';
import { markPerforming, type ContractFacts } from '../queries/contract-money';

export function startOnFirstStep(ctx: ServiceContext, contract: ContractFacts, date: string): void {
  if (contract.state !== 'signed') return;
  markPerforming(ctx.db, contract.id, date);
  recordAudit(ctx, {
    action: 'start',
    entity: 'contract',
    entityId: contract.id,
    summary: `合同 ${contract.contractNo}「${contract.title}」自 ${date} 开始履行`,
    before: { state: 'signed', startedDate: null },
    after: { state: 'performing', startedDate: date },
  });
}
