// Separation of duties (制单与审核分离): whoever prepared a record (computed, edited, drafted or submitted
// it) does not approve it. Services note each preparer as they change a record, and sign each approval
// through here. An office that works 一人岗 (people_settings) is let through, and the approval keeps that
// it was, so the documents print 「一人岗，未经他人审核」 beside the signature.
import { nowIso, signedInUser, type ServiceContext } from '../context';
import { AppError } from '../errors';
import type { Db } from '../db/connection';
import { getPeopleSettings } from './people-settings';

/** The kinds of records with a preparer and an approver; later features add theirs (contract, voucher). */
export type PreparedRecord =
  | 'allocation'
  | 'list_version'
  | 'access_request'
  | 'contract'
  | 'contract_payment'
  | 'fund_voucher'
  | 'fund_project';

export interface RecordRef {
  record: PreparedRecord;
  id: number;
}

export interface Signatory {
  userId: number;
  displayName: string;
}

export interface ApprovalSignature extends Signatory {
  step: string;
  at: string;
  /** Approved under 一人岗 by someone who had also prepared the record. */
  singlePersonPost: boolean;
}

/** Records that the signed-in user prepared (or changed) the record; called inside the change. */
export function notePreparer(ctx: ServiceContext, ref: RecordRef): void {
  const now = nowIso(ctx);
  ctx.db
    .prepare(
      `INSERT INTO record_preparer (record, record_id, user_id, first_at, last_at) VALUES (?, ?, ?, ?, ?)
       ON CONFLICT (record, record_id, user_id) DO UPDATE SET last_at = excluded.last_at`,
    )
    .run(ref.record, ref.id, signedInUser(ctx).id, now, now);
}

/**
 * Signs an approval step by the signed-in user, refusing one who prepared the record unless the office
 * works 一人岗. `what` names the step for the clerk (「审批 2026 年度经费」). Called inside the approval's
 * transaction, before its write, so a refusal changes nothing.
 */
export function signApproval(
  ctx: ServiceContext,
  ref: RecordRef,
  step: string,
  what: string,
): ApprovalSignature {
  const user = signedInUser(ctx);
  const prepared = preparersOf(ctx.db, ref).some((preparer) => preparer.userId === user.id);
  const singlePersonPost = prepared && getPeopleSettings(ctx.db).singlePersonPost;
  if (prepared && !singlePersonPost) {
    throw new AppError(
      'conflict',
      `${what}：${user.displayName}编制或修改过这份记录，须由另一位审核人审核（制单与审核分离）。` +
        '单位只有一人时，可由管理员在「单位设置」中开启一人岗。',
    );
  }
  const at = nowIso(ctx);
  ctx.db
    .prepare(
      `INSERT INTO record_approval (record, record_id, step, user_id, at, single_person_post)
       VALUES (?, ?, ?, ?, ?, ?)`,
    )
    .run(ref.record, ref.id, step, user.id, at, singlePersonPost ? 1 : 0);
  return { userId: user.id, displayName: user.displayName, step, at, singlePersonPost };
}

/**
 * A record removed before approval (a discarded draft) takes its preparers with it: SQLite may give its id
 * to the next record, which starts with nobody barred from approving it.
 */
export function forgetPreparers(ctx: ServiceContext, ref: RecordRef): void {
  ctx.db.prepare('DELETE FROM record_preparer WHERE record = ? AND record_id = ?').run(ref.record, ref.id);
}

/** Everyone who prepared the record, the most recent first. */
export function preparersOf(db: Db, ref: RecordRef): Signatory[] {
  return db
    .prepare(
      `SELECT p.user_id AS userId, u.display_name AS displayName FROM record_preparer p
       JOIN app_user u ON u.id = p.user_id WHERE p.record = ? AND p.record_id = ? ORDER BY p.last_at DESC, p.user_id`,
    )
    .all(ref.record, ref.id) as Signatory[];
}

/** The record's approval signatures in the order they were given. */
export function approvalsOf(db: Db, ref: RecordRef): ApprovalSignature[] {
  const rows = db
    .prepare(
      `SELECT a.step, a.user_id AS userId, u.display_name AS displayName, a.at, a.single_person_post AS waived
       FROM record_approval a JOIN app_user u ON u.id = a.user_id
       WHERE a.record = ? AND a.record_id = ? ORDER BY a.id`,
    )
    .all(ref.record, ref.id) as (Omit<ApprovalSignature, 'singlePersonPost'> & { waived: number })[];
  return rows.map(({ waived, ...row }) => ({ ...row, singlePersonPost: waived === 1 }));
}

/** The mark a document prints beside a signature given under the 一人岗 waiver. */
export const singlePersonPostMark = '一人岗，未经他人审核';
