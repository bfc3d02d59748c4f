// The audit log: every change records who, when, what, before and after, inside the change's transaction.
import type { AuditAction, AuditEntity, AuditPage } from '../../../shared/contract/audit';
import type { ParsedInput } from '../../../shared/contract';
import { insertAuditRow, listAuditRows } from './audit-log';
import { nowIso, type ServiceContext } from './context';

export interface AuditEvent {
  action: AuditAction;
  entity: AuditEntity;
  entityId: number | null;
  summary: string;
  before?: unknown;
  after?: unknown;
  /** Who the row names when it is not the caller: a sign-in names the user signing in. */
  by?: { id: number; displayName: string };
}

export function recordAudit(ctx: ServiceContext, event: AuditEvent): void {
  insertAuditRow(ctx.db, {
    at: nowIso(ctx),
    actor: event.by?.displayName ?? ctx.actor,
    userId: event.by?.id ?? ctx.user?.id ?? null,
    action: event.action,
    entity: event.entity,
    entityId: event.entityId,
    summary: event.summary,
    before: event.before ?? null,
    after: event.after ?? null,
  });
}

export function listAudit(ctx: ServiceContext, input: ParsedInput<'audit.list'>): AuditPage {
  return listAuditRows(ctx.db, input);
}
