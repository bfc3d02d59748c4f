// The office's contract settings: how long a qualification check stays fresh, the evaluation template and
// the share of a gated instalment each grade lets be paid. A change applies to what is recorded after it:
// an evaluation keeps the coefficient it was recorded with.
import type { ParsedInput } from '../../../shared/contract';
import type { ContractSettings } from '../../../shared/features/contracts/contract';
import { recordAudit } from '../core/audit';
import { inTransaction, type ServiceContext } from '../core/context';
import { selectContractSettings, writeContractSettings } from './queries/settings';

export function readContractSettings(
  ctx: ServiceContext,
  _input: ParsedInput<'contracts.settings'>,
): ContractSettings {
  return selectContractSettings(ctx.db);
}

export function saveContractSettings(
  ctx: ServiceContext,
  input: ParsedInput<'contracts.saveSettings'>,
): ContractSettings {
  return inTransaction(ctx, () => {
    const before = selectContractSettings(ctx.db);
    writeContractSettings(ctx.db, input);
    const after = selectContractSettings(ctx.db);
    recordAudit(ctx, {
      action: 'update',
      entity: 'contract_settings',
      entityId: 1,
      summary: `修改合同设置：${settingsText(after)}`,
      before,
      after,
    });
    return after;
  });
}

/** 资格审查有效 180 天；评价指标 前期准备 20、…；付款比例 优 100%、良 100%、中 80%、差 0% */
function settingsText(settings: ContractSettings): string {
  const indicators = settings.indicators.map((indicator) => `${indicator.name} ${indicator.weight}`);
  const { excellent, good, fair, poor } = settings.coefficients;
  return `资格审查有效 ${settings.checkMaxAgeDays} 天；评价指标 ${indicators.join('、')}；付款比例 优 ${excellent}%、良 ${good}%、中 ${fair}%、差 ${poor}%`;
}
