// The separation settings: 一人岗 and the idle sign-out, 管理员's to change, every change audited.
import type { ParsedInput } from '../../../../shared/contract';
import type { PeopleSettings } from '../../../../shared/contract/people';
import { auditedChange } from '../audited-change';
import { nowIso, type ServiceContext } from '../context';
import { getPeopleSettings, savePeopleSettings } from './people-settings';

export function readPeopleSettings(ctx: ServiceContext): PeopleSettings {
  return getPeopleSettings(ctx.db);
}

export function updatePeopleSettings(
  ctx: ServiceContext,
  input: ParsedInput<'people.saveSettings'>,
): PeopleSettings {
  return auditedChange(ctx, {
    entity: 'people_settings',
    before: () => getPeopleSettings(ctx.db),
    write: () => {
      savePeopleSettings(ctx.db, input, nowIso(ctx));
      return 1;
    },
    after: () => getPeopleSettings(ctx.db),
    summary: (after) =>
      `岗位设置：${after.singlePersonPost ? '一人岗（制单与审核可为同一人）' : '制单与审核分离'}，无操作 ${after.idleMinutes} 分钟自动退出`,
  });
}
