// Funding standards as versioned data, each in force from its effective year. Editing a version never
// touches an approved allocation: approved lines keep the amounts they were approved with.
import type { ParsedInput } from '../../../shared/contract';
import type { FundingStandard } from '../../../shared/contract/funding';
import type { StandardRules } from '../../../shared/domain/funding-rules';
import {
  findStandard,
  findStandardByEffectiveYear,
  findStandardForYear,
  listStandards as listStandardRows,
  saveStandard as saveStandardRow,
} from '../db/queries/funding-standards';
import { recordAudit } from './audit';
import { inTransaction, nowIso, type ServiceContext } from './context';
import { AppError } from './errors';

export function listStandards(ctx: ServiceContext): FundingStandard[] {
  return listStandardRows(ctx.db);
}

export function saveStandard(ctx: ServiceContext, input: ParsedInput<'standards.save'>): FundingStandard {
  return inTransaction(ctx, () => {
    const before = findStandardByEffectiveYear(ctx.db, input.effectiveYear) ?? null;
    const id = saveStandardRow(ctx.db, input, nowIso(ctx));
    const after = findStandard(ctx.db, id)!;
    recordAudit(ctx, {
      action: before ? 'update' : 'create',
      entity: 'standard',
      entityId: id,
      summary: `${before ? '修改' : '新增'}经费标准：${input.effectiveYear} 年起执行`,
      before,
      after,
    });
    return after;
  });
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

/** 「依据官民函〔2022〕61号……」: the citation printed on notices and reports. */
export function standardCitation(standard: FundingStandard): string {
  return `依据《关于在世纪城等四个社区开展社区治理改革试点工作的实施方案》及官民函〔2022〕61号确定的社区工作经费保障标准（${standard.effectiveYear}年起执行）`;
}
