// The office's own settings (name, district, contact and supervision phones), printed on notices.
import type { ParsedInput } from '../../../shared/contract';
import type { OfficeSettings } from '../../../shared/contract/office';
import { getOfficeSettings, saveOfficeSettings } from '../db/queries/office-settings';
import { recordAudit } from './audit';
import { inTransaction, nowIso, type ServiceContext } from './context';

export function readOfficeSettings(ctx: ServiceContext): OfficeSettings {
  return getOfficeSettings(ctx.db);
}

export function updateOfficeSettings(ctx: ServiceContext, input: ParsedInput<'office.update'>): OfficeSettings {
  return inTransaction(ctx, () => {
    const before = getOfficeSettings(ctx.db);
    saveOfficeSettings(ctx.db, input, nowIso(ctx));
    const after = getOfficeSettings(ctx.db);
    recordAudit(ctx, {
      action: before.updatedAt === null ? 'create' : 'update',
      entity: 'office',
      entityId: 1,
      summary: `单位设置：${after.officeName}`,
      before: before.updatedAt === null ? null : before,
      after,
    });
    return after;
  });
}
