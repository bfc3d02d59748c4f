// The preparers and approval signatures of a record, as the documents print them: display names, and the
// 一人岗 mark beside a signature the waiver let through. The documents take them as plain data.
import type { PrintedSignature, Signatories } from '../../documents/signatures';
import type { Db } from '../db/connection';
import { approvalsOf, preparersOf, singlePersonPostMark, type RecordRef } from './separation';

/** The latest signature of one approval step (审批, 发布, 审核, 决定), or null before it was given. */
export function printedApproval(db: Db, ref: RecordRef, step: string): PrintedSignature | null {
  const signature = approvalsOf(db, ref)
    .filter((approval) => approval.step === step)
    .at(-1);
  if (!signature) return null;
  return { name: signature.displayName, note: signature.singlePersonPost ? singlePersonPostMark : '' };
}

export function preparerNames(db: Db, ref: RecordRef): string[] {
  return preparersOf(db, ref).map((preparer) => preparer.displayName);
}

/** Who prepared the record and who signed its approval step. */
export function signatoriesOf(db: Db, ref: RecordRef, step: string): Signatories {
  const approval = printedApproval(db, ref, step);
  return { preparers: preparerNames(db, ref), approvers: approval ? [approval] : [] };
}
