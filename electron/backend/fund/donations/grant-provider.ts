// The provider a grant is paid to, read from the contracts feature's provider table: that feature's
// index exports no reader of one provider, so the fund reads the few facts it needs itself.
import type { ServiceContext } from '../../core/context';
import { conflict, notFound } from '../../core/errors';

export interface GrantProvider {
  id: number;
  name: string;
}

/** An existing, active (not suspended) provider. */
export function requireActiveProvider(ctx: ServiceContext, id: number): GrantProvider {
  const row = ctx.db
    .prepare('SELECT id, name, status, suspended_reason FROM provider WHERE id = ?')
    .get(id) as { id: number; name: string; status: string; suspended_reason: string } | undefined;
  if (!row) throw notFound('承接主体');
  if (row.status !== 'active')
    throw conflict(
      `承接主体：「${row.name}」已暂停合作（${row.suspended_reason}），不能拨付资助`,
      'providerId',
    );
  return { id: row.id, name: row.name };
}
