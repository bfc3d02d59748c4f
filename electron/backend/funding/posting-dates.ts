// When a posting against an approved line may be dated: not before the day its year was approved (a
// reversal: not before the disbursement it reverses) and not after today by the injected clock. A
// posting dated ahead could never be reversed, and one dated before approval contradicts the record.
import type { PostingWindow } from '../../../shared/features/funding/contract';
import { toLocalIsoDate } from '../../../shared/domain/dates';
import { findAllocationYear } from './queries/allocations';
import type { ServiceContext } from '../core/context';
import { AppError } from '../core/errors';

/** The dates a year's disbursements and adjustments may carry; null while the year is not approved. */
export function postingWindow(ctx: ServiceContext, year: number): PostingWindow | null {
  const approvedAt = findAllocationYear(ctx.db, year)?.approvedAt;
  if (!approvedAt) return null;
  return { from: approvedAt.slice(0, 10), to: today(ctx) };
}

/** The office PC's day by the injected clock. */
export function today(ctx: ServiceContext): string {
  return toLocalIsoDate(ctx.clock());
}

export function assertPostingDate(
  date: string,
  window: PostingWindow,
  field: { label: string; name: string; earliest: string },
): void {
  if (date >= window.from && date <= window.to) return;
  throw new AppError(
    'invalid_input',
    `${field.label}：应在 ${window.from} 至 ${window.to} 之间（不早于${field.earliest}，不晚于今天）`,
    field.name,
  );
}
