// The office's own settings (name, district, contact and supervision phones), printed on notices.
import type { ParsedInput } from '../../../shared/contract';
import type { OfficeSettings } from '../../../shared/contract/office';
import { getOfficeSettings, saveOfficeSettings } from './office-settings';
import { auditedChange } from './audited-change';
import { nowIso, type ServiceContext } from './context';
import { AppError } from './errors';

export function readOfficeSettings(ctx: ServiceContext): OfficeSettings {
  return getOfficeSettings(ctx.db);
}

/** The office that issues a notice or report: it must have a name, since the document is signed with it. */
export function issuingOffice(ctx: ServiceContext): OfficeSettings {
  const office = getOfficeSettings(ctx.db);
  if (office.officeName === '') {
    throw new AppError('conflict', '单位设置：请先在“单位设置”中填写街道办事处名称，公示和报表以其名义发布');
  }
  return office;
}

export function updateOfficeSettings(
  ctx: ServiceContext,
  input: ParsedInput<'office.update'>,
): OfficeSettings {
  return auditedChange(ctx, {
    entity: 'office',
    // Never saved yet: the first save creates the settings.
    before: () => {
      const before = getOfficeSettings(ctx.db);
      return before.updatedAt === null ? null : before;
    },
    write: () => {
      saveOfficeSettings(ctx.db, input, nowIso(ctx));
      return 1;
    },
    after: () => getOfficeSettings(ctx.db),
    summary: (after) => `单位设置：${after.officeName}`,
  });
}
