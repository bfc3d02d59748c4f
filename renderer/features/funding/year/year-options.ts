// Which years the funding screens offer, and which one they open on.
import type { FundingStandard } from '../../../../shared/features/funding/contract';
import { isLedgerYear } from '../../../../shared/domain/years';
import type { FundingYearOption } from './FundingYearSelect';

/** The years on record, plus this year and next (not computed yet), newest first. */
export function fundingYearOptions(saved: FundingYearOption[], current: number): FundingYearOption[] {
  const byYear = new Map<number, FundingYearOption>();
  for (const year of [current, current + 1]) byYear.set(year, { year, status: 'none' });
  for (const option of saved) byYear.set(option.year, option);
  return [...byYear.values()].sort((a, b) => b.year - a.year);
}

/** The latest year on record up to this one, else this year: the one a clerk most likely works on. */
export function defaultFundingYear(saved: FundingYearOption[], current: number): number {
  const past = saved.map((option) => option.year).filter((year) => year <= current);
  return past.length > 0 ? Math.max(...past) : current;
}

/** The year in the route, or null when absent or not a plausible year. */
export function yearOfParam(param: string | undefined | null): number | null {
  if (!param || !/^\d{4}$/.test(param)) return null;
  const year = Number(param);
  return isLedgerYear(year) ? year : null;
}

/** The version in force for a year: the latest whose effective year is not after it. */
export function standardForYear(standards: FundingStandard[], year: number): FundingStandard | null {
  const applicable = standards.filter((standard) => standard.effectiveYear <= year);
  return applicable.reduce<FundingStandard | null>(
    (latest, standard) =>
      latest === null || standard.effectiveYear > latest.effectiveYear ? standard : latest,
    null,
  );
}
