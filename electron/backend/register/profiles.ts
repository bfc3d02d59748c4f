// A community's yearly profile: households (in total and per courtyard), social workers, the residents'
// committee. Saving replaces the year's profile; the audit row keeps what it replaced.
import type { ParsedInput } from '../../../shared/contract';
import type { YearlyProfile } from '../../../shared/features/register/contract';
import { listCourtyards } from './queries/courtyards';
import { findProfile, saveProfile as saveProfileRow } from './queries/profiles';
import { recordAudit } from '../core/audit';
import { inTransaction, nowIso, type ServiceContext } from '../core/context';
import { requireActiveCommunity } from './courtyards';
import { AppError } from '../core/errors';

export function saveProfile(ctx: ServiceContext, input: ParsedInput<'profiles.save'>): YearlyProfile {
  return inTransaction(ctx, () => {
    const community = requireActiveCommunity(ctx, input.communityId);
    assertCourtyardsBelong(ctx, input);
    const before = findProfile(ctx.db, input.communityId, input.year) ?? null;
    saveProfileRow(ctx.db, input, nowIso(ctx));
    const after = findProfile(ctx.db, input.communityId, input.year)!;
    recordAudit(ctx, {
      action: before ? 'update' : 'create',
      entity: 'profile',
      entityId: after.id,
      summary: `${before ? '修改' : '新增'}年度情况：${community.name} ${input.year} 年，总户数 ${input.totalHouseholds}`,
      before,
      after,
    });
    return after;
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
