// When a posting may be dated: inside a window its feature sets (from the day its year was approved, or
// for a reversal the original's date, up to today by the injected clock). A posting dated ahead could
// never be reversed, and one dated before its basis contradicts the record.
import { toLocalIsoDate } from '../../../../shared/domain/dates';
import type { ServiceContext } from '../context';
import { AppError } from '../errors';
import type { DateField } from './periods';

export interface DateWindow {
  from: string;
  to: string;
}

/** The office PC's day by the injected clock. */
export function today(ctx: ServiceContext): string {
  return toLocalIsoDate(ctx.clock());
}

export function assertPostingDate(
  date: string,
  window: DateWindow,
  field: DateField & { earliest: string },
): void {
  if (date >= window.from && date <= window.to) return;
  throw new AppError(
    'invalid_input',
    `${field.label}：应在 ${window.from} 至 ${window.to} 之间（不早于${field.earliest}，不晚于今天）`,
    field.name,
  );
}
