// 隐藏无余额科目: which rows of a 科目余额表 the clerk wants to see. Pure, shared by the screen and the files,
// so the printed table leaves out exactly the rows the screen leaves out.

interface TrialBalanceAmounts {
  openingDebitFen: number;
  openingCreditFen: number;
  periodDebitFen: number;
  periodCreditFen: number;
  closingDebitFen: number;
  closingCreditFen: number;
}

/** True when an account has an opening balance, a movement in the period or a closing balance. */
export function hasBalanceOrMovement(row: TrialBalanceAmounts): boolean {
  return (
    row.openingDebitFen !== 0 ||
    row.openingCreditFen !== 0 ||
    row.periodDebitFen !== 0 ||
    row.periodCreditFen !== 0 ||
    row.closingDebitFen !== 0 ||
    row.closingCreditFen !== 0
  );
}

/**
 * The rows to show, in their order. A parent normally rolls up a moving 明细科目 and shows by itself, but a
 * red reversal on one sub-account can cancel another's figures in the parent, so a shown row keeps every
 * ancestor (the nearest rows above it of a lower level). The totals are over 一级 accounts and do not
 * change: a hidden row adds nothing.
 */
export function trialBalanceRowsToShow<R extends TrialBalanceAmounts & { level: number }>(
  rows: readonly R[],
  hideEmpty: boolean,
): R[] {
  if (!hideEmpty) return [...rows];
  const shown = new Set<number>();
  const ancestors: number[] = [];
  rows.forEach((row, index) => {
    while (ancestors.length > 0 && rows[ancestors[ancestors.length - 1]!]!.level >= row.level)
      ancestors.pop();
    if (hasBalanceOrMovement(row)) for (const at of [...ancestors, index]) shown.add(at);
    ancestors.push(index);
  });
  return rows.filter((_, index) => shown.has(index));
}
