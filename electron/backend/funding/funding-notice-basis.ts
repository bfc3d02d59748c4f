// The 核定依据 of a line on the funding notice, in words for residents: how the standard gives the
// amount, an override with its recorded reason, each adjustment with its reason, and what was decided.
// The clerk's instructions (「须手工核定金额并说明理由」) never reach it; the recorded reasons do.
import type { Adjustment, AllocationLine } from '../../../shared/features/funding/contract';
import { residentBreakdown, yuanWords } from '../../../shared/features/funding/funding-rules';

/** 「+5,000元」 / 「−8,000元」 (a true minus sign, as printed figures use). */
function signedYuan(fen: number): string {
  return `${fen < 0 ? '−' : '+'}${yuanWords(Math.abs(fen))}`;
}

function howComputed(line: AllocationLine): string {
  if (line.category !== 'party_building') return residentBreakdown(line.breakdown);
  const organisations = line.partyOrganisations.trim();
  return organisations ? `按预算核定，涵盖：${organisations}` : '按预算核定';
}

export function noticeBasis(line: AllocationLine, adjustments: Adjustment[]): string {
  const parts = [howComputed(line)];
  if (line.category !== 'party_building' && line.overrideReason !== '') {
    parts.push(`核定为${yuanWords(line.amountFen ?? 0)}（理由：${line.overrideReason}）`);
  }
  for (const adjustment of adjustments) {
    parts.push(`调整${signedYuan(adjustment.amountFen)}（理由：${adjustment.reason}）`);
  }
  if (adjustments.length > 0) parts.push(`核定${yuanWords(line.allocatedFen)}`);
  return parts.join('；');
}
