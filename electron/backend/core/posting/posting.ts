// The posting core: every append-only record (拨付, 调整, their reversals, 准入申请; later contract payments
// and fund vouchers) is written here, in one immediate transaction with its audit row, after the
// closed-period guard. A mistake is never edited away: a reversal is a new row pointing at the original.
// Numbers come from core/numbering.ts, drawn by `write` inside the same transaction.
import type { AuditAction, AuditEntity } from '../../../../shared/contract/audit';
import { recordAudit } from '../audit';
import { inTransaction, type ServiceContext } from '../context';
import { conflict, notFound } from '../errors';
import { refuseClosedPeriod, type DateField, type Ledger } from './periods';
import { assertPostingDate, today } from './posting-dates';

/** What `write` did: the row's id, the audit row's sentence and states, and what the service answers. */
export interface Written<R> {
  id: number;
  summary: string;
  before?: unknown;
  after: unknown;
  result: R;
}

/** The ledger whose closed periods the posting's date must stay out of, and the date's field. */
export interface PostingPeriod {
  ledger: Ledger;
  date: string;
  field: DateField;
}

export interface Posting<R> {
  entity: AuditEntity;
  /** 'post' unless the record has its own word, as a registered request ('submit'). */
  action?: AuditAction;
  /** Absent for a record kept outside any ledger's periods (a numbered request). */
  period?: PostingPeriod;
  /** Checks, writes the row (drawing its number here) and says what was posted. */
  write: () => Written<R>;
}

export function post<R>(ctx: ServiceContext, posting: Posting<R>): R {
  return inTransaction(ctx, () => writePosting(ctx, posting.action ?? 'post', posting));
}

/** What a reversible row carries: its date, the row it reverses, the row that reversed it. */
export interface Reversible {
  id: number;
  date: string;
  reversesId: number | null;
  reversedById: number | null;
}

export interface Reversal<T extends Reversible, R> {
  entity: AuditEntity;
  ledger: Ledger;
  /** How the clerk calls the original and its date: 拨付记录, 原拨付日期. */
  names: { record: string; originalDate: string };
  originalId: number;
  find: (id: number) => T | undefined;
  date: string;
  field: DateField;
  /** Writes the reversing row (pointing at the original) and says what was reversed. */
  write: (original: T) => Written<R>;
}

/** Refused for an unknown original, for a reversal itself, a second time, and dated before the original. */
export function reverse<T extends Reversible, R>(ctx: ServiceContext, reversal: Reversal<T, R>): R {
  return inTransaction(ctx, () => {
    const original = reversal.find(reversal.originalId);
    if (!original) throw notFound(reversal.names.record);
    if (original.reversesId !== null) throw conflict('冲销记录本身不能再冲销');
    if (original.reversedById !== null) throw conflict(`${reversal.names.record} #${original.id} 已经冲销过`);
    assertPostingDate(
      reversal.date,
      { from: original.date, to: today(ctx) },
      { ...reversal.field, earliest: reversal.names.originalDate },
    );
    return writePosting(ctx, 'reverse', {
      entity: reversal.entity,
      period: { ledger: reversal.ledger, date: reversal.date, field: reversal.field },
      write: () => ({ before: original, ...reversal.write(original) }),
    });
  });
}

function writePosting<R>(ctx: ServiceContext, action: AuditAction, posting: Posting<R>): R {
  const { period } = posting;
  if (period) refuseClosedPeriod(ctx.db, period.ledger, period.date, period.field);
  const written = posting.write();
  recordAudit(ctx, {
    action,
    entity: posting.entity,
    entityId: written.id,
    summary: written.summary,
    before: written.before,
    after: written.after,
  });
  return written.result;
}
