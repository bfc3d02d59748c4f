// Funding standards as versioned data, each in force from its effective year. A version an approved year
// was computed with is frozen (the year keeps its basis); a change to it is a new, later version.
import type { ParsedInput } from '../../../shared/contract';
import type { FundingStandard, StandardVersion } from '../../../shared/features/funding/contract';
import type { StandardRules } from '../../../shared/features/funding/funding-rules';
import {
  findStandard,
  findStandardByEffectiveYear,
  findStandardForYear,
  listStandards as listStandardRows,
  saveStandard as saveStandardRow,
} from './queries/funding-standards';
import { approvedYearsByStandard } from './queries/approved-basis';
import { auditedChange } from '../core/audited-change';
import { nowIso, type ServiceContext } from '../core/context';
import { AppError } from '../core/errors';

export function listStandards(ctx: ServiceContext): StandardVersion[] {
  const approved = approvedYearsByStandard(ctx.db);
  return listStandardRows(ctx.db).map((standard) => ({
    ...standard,
    approvedYears: approved.get(standard.id) ?? [],
  }));
}

export function saveStandard(ctx: ServiceContext, input: ParsedInput<'standards.save'>): FundingStandard {
  return auditedChange(ctx, {
    entity: 'standard',
    before: () => {
      const before = findStandardByEffectiveYear(ctx.db, input.effectiveYear) ?? null;
      if (before) refuseFrozenStandard(ctx, before);
      return before;
    },
    write: () => saveStandardRow(ctx.db, input, nowIso(ctx)),
    after: (id) => findStandard(ctx.db, id)!,
    summary: (_after, before) => `${before ? '修改' : '新增'}经费标准：${input.effectiveYear} 年起执行`,
  });
}

function refuseFrozenStandard(ctx: ServiceContext, standard: FundingStandard): void {
  const years = approvedYearsByStandard(ctx.db).get(standard.id);
  if (!years) return;
  const latest = years[years.length - 1]!;
  throw new AppError(
    'conflict',
    `起始年度：${standard.effectiveYear} 年起执行的标准已用于已审批的 ${years.join('、')} 年核定，不能再修改（已审批年度须保留核定时的依据）；如标准有调整，请新增一个起始年度晚于 ${latest} 年的新版本`,
    'effectiveYear',
  );
}

export function requireStandardForYear(ctx: ServiceContext, year: number): FundingStandard {
  const standard = findStandardForYear(ctx.db, year);
  if (!standard)
    throw new AppError('conflict', `年度：${year} 年没有适用的经费标准，请先在“经费标准”中设置`, 'year');
  return standard;
}

export function rulesOf(standard: FundingStandard): StandardRules {
  const { id: _id, effectiveYear: _year, note: _note, updatedAt: _updated, ...rules } = standard;
  return rules;
}

/**
 * 「依据官民函〔2022〕61号……」: the citation printed on notices. The pilot communities' plan is cited
 * only for a pilot community: it is the basis of their reform, not of every community's funding.
 */
export function standardCitation(standard: FundingStandard, isPilot: boolean): string {
  const pilotPlan = isPilot ? '《关于在世纪城等四个社区开展社区治理改革试点工作的实施方案》及' : '';
  return `依据${pilotPlan}官民函〔2022〕61号确定的社区工作经费保障标准（${standard.effectiveYear}年起执行）`;
}
