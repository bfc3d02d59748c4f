// What the donations slice reads of a designation: that it exists and still takes money.
import type { ServiceContext } from '../../core/context';
import { conflict, notFound } from '../../core/errors';

export interface DesignationFacts {
  id: number;
  name: string;
  lifted: boolean;
  usableFrom: string | null;
}

export function requireDesignation(ctx: ServiceContext, id: number): DesignationFacts {
  const row = ctx.db
    .prepare('SELECT id, name, lifted_voucher_id, usable_from FROM fund_designation WHERE id = ?')
    .get(id) as
    { id: number; name: string; lifted_voucher_id: number | null; usable_from: string | null } | undefined;
  if (!row) throw notFound('限定用途');
  return { id: row.id, name: row.name, lifted: row.lifted_voucher_id !== null, usableFrom: row.usable_from };
}

/** A lifted designation takes nothing more: no donation, no spending. */
export function requireOpenDesignation(
  ctx: ServiceContext,
  id: number,
  field = 'designationId',
): DesignationFacts {
  const designation = requireDesignation(ctx, id);
  if (designation.lifted)
    throw conflict(
      `限定用途：「${designation.name}」已解除限制，不能再使用；请选择其他限定用途或非限定性`,
      field,
    );
  return designation;
}
