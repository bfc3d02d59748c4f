// A community's yearly profile: households (in total and per courtyard), social workers, the residents'
// committee. Saving replaces the year's profile; the audit row keeps what it replaced.
import type { ParsedInput } from '../../../shared/contract';
import type { YearlyProfile } from '../../../shared/features/register/contract';
import { listCourtyards } from './queries/courtyards';
import { findProfile, saveProfile as saveProfileRow } from './queries/profiles';
import { auditedChange } from '../core/audited-change';
import { nowIso, type ServiceContext } from '../core/context';
import { requireCommunity } from './communities';
import { requireActiveCommunity } from './courtyards';
import { AppError } from '../core/errors';

export function saveProfile(ctx: ServiceContext, input: ParsedInput<'profiles.save'>): YearlyProfile {
  return auditedChange(ctx, {
    entity: 'profile',
    before: () => {
      requireActiveCommunity(ctx, input.communityId);
      assertCourtyardsBelong(ctx, input);
      return findProfile(ctx.db, input.communityId, input.year) ?? null;
    },
    write: () => saveProfileRow(ctx.db, input, nowIso(ctx)),
    after: () => findProfile(ctx.db, input.communityId, input.year)!,
    summary: (_after, before) =>
      `${before ? '修改' : '新增'}年度情况：${requireCommunity(ctx, input.communityId).name} ${input.year} 年，总户数 ${input.totalHouseholds}`,
  });
}

function assertCourtyardsBelong(ctx: ServiceContext, input: ParsedInput<'profiles.save'>): void {
  const courtyards = new Map(
    listCourtyards(ctx.db, input.communityId).map((courtyard) => [courtyard.id, courtyard]),
  );
  const seen = new Set<number>();
  input.courtyardHouseholds.forEach((entry, index) => {
    const field = `courtyardHouseholds.${index}.courtyardId`;
    if (!courtyards.has(entry.courtyardId))
      throw new AppError('invalid_input', '院落户数：所填院落不属于本社区', field);
    if (seen.has(entry.courtyardId)) {
      throw new AppError(
        'invalid_input',
        `院落户数：院落“${courtyards.get(entry.courtyardId)!.name}”填写了两次`,
        field,
      );
    }
    seen.add(entry.courtyardId);
  });
}
