// One audited change to an editable record (create, update, archive, restore): read what stands, let the
// checks refuse, write, read it back, and record both states, all in one immediate transaction.
import type { AuditAction, AuditEntity } from '../../../shared/contract/audit';
import { recordAudit } from './audit';
import { inTransaction, type ServiceContext } from './context';

/** T is the record after the change, B what is read before it (usually the same). */
export interface AuditedChange<T, Id extends number | null = number, B = T> {
  entity: AuditEntity;
  /** 'create' when nothing stood before, otherwise 'update', unless given (archive, restore). */
  action?: AuditAction;
  /** The record as it stands, with the checks that refuse the change; null when it is being created. */
  before: () => B | null;
  /** Writes the change and returns the id the audit row names (null for a record without one). */
  write: (before: B | null) => Id;
  after: (id: Id) => T;
  summary: (after: T, before: B | null) => string;
}

export function auditedChange<T, Id extends number | null = number, B = T>(
  ctx: ServiceContext,
  change: AuditedChange<T, Id, B>,
): T {
  return inTransaction(ctx, () => {
    const before = change.before();
    const id = change.write(before);
    const after = change.after(id);
    recordAudit(ctx, {
      action: change.action ?? (before === null ? 'create' : 'update'),
      entity: change.entity,
      entityId: id,
      summary: change.summary(after, before),
      before,
      after,
    });
    return after;
  });
}
