// Who prepared a record and who approved it, as the documents print them beside their signature lines.
// The services read them from the ledger (core/people/printed-signatures.ts) and hand them in as plain
// names; a record from before users existed has none, and its lines stay blank for a pen.

export interface PrintedSignature {
  /** The user's display name. */
  name: string;
  /** 「一人岗，未经他人审核」 when the signer had also prepared the record (the 一人岗 waiver), else ''. */
  note: string;
}

export interface Signatories {
  /** Display names of who prepared the record (经办人, 填表人), the most recent first. */
  preparers: string[];
  /** Who approved it (审核人); empty until approved. */
  approvers: PrintedSignature[];
}

export const noSignatories: Signatories = { preparers: [], approvers: [] };

/** 王建国, or 王建国（一人岗，未经他人审核） when signed under the waiver. */
export function signatureText(signature: PrintedSignature): string {
  return signature.note === '' ? signature.name : `${signature.name}（${signature.note}）`;
}

export function preparersText(signatories: Signatories): string {
  return signatories.preparers.join('、');
}

export function approversText(signatories: Signatories): string {
  return signatories.approvers.map(signatureText).join('、');
}

/** 经办人：李晓梅 and 审核人：王建国, a line each; none for a record nobody signed in to keep. */
export function signatoryLines(signatories: Signatories): string[] {
  if (signatories.preparers.length === 0 && signatories.approvers.length === 0) return [];
  return [`经办人：${preparersText(signatories)}`, `审核人：${approversText(signatories)}`];
}

/** Several records printed on one document (the lists of a notice): each name once, in order met. */
export function mergeSignatories(all: Signatories[]): Signatories {
  const preparers = [...new Set(all.flatMap((signatories) => signatories.preparers))];
  const approvers = new Map<string, PrintedSignature>();
  for (const signature of all.flatMap((signatories) => signatories.approvers)) {
    approvers.set(signatureText(signature), signature);
  }
  return { preparers, approvers: [...approvers.values()] };
}
