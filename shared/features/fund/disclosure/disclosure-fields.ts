// Inputs of the fund's public disclosure (信息公开): the quarter's 收支公示, a project's 公益项目公示, the
// annual report, the register of what was posted and the calendar of deadlines. Messages name the field.
import { z } from 'zod';
import {
  documentDateRange,
  isoDate,
  oneOf,
  phone,
  optionalText,
  recordId,
  wholeNumber,
  year,
} from '../../../contract/fields';

export const disclosureKinds = ['quarterly', 'project_update', 'project_closing', 'annual'] as const;
export type DisclosureKind = (typeof disclosureKinds)[number];
export const disclosureKindLabels: Record<DisclosureKind, string> = {
  quarterly: '季度收支公示',
  project_update: '项目进展公示',
  project_closing: '项目结项公示',
  annual: '年度报告',
};

/** 「2026年第1季度收支公示」「2026年度报告」: the period and the kind without saying 季度 or 年度 twice. */
export function disclosureTitle(kind: DisclosureKind, year: number, quarter: number | null): string {
  if (kind === 'quarterly') return `${year}年第${quarter}季度收支公示`;
  if (kind === 'annual') return `${year}年度报告`;
  return `${year}年${disclosureKindLabels[kind]}`;
}

const quarter = () => wholeNumber('季度', { min: 1, max: 4 });
/** Posted for 1–60 working days, as fund_disclosure.working_days allows. */
const workingDays = () => wholeNumber('公示期工作日数', { min: 1, max: 60 });

export const quarterInput = z.object({ year: year(), quarter: quarter() }, { error: '季度：格式不正确' });

/** The phones default to the office settings (单位设置), as the funding notice prints them. */
const noticeFields = {
  publishedOn: isoDate('公示开始日期', documentDateRange),
  workingDays: workingDays(),
  contactPerson: optionalText('联系人', 30),
  contactPhone: phone('联系电话'),
  supervisionPhone: phone('监督电话'),
};

export const quarterNoticeInput = z.object(
  { year: year(), quarter: quarter(), ...noticeFields },
  { error: '季度收支公示：格式不正确' },
);

export const projectNoticeInput = z.object(
  { projectId: recordId('公益项目'), ...noticeFields },
  { error: '公益项目公示：格式不正确' },
);

export const annualReportInput = z.object({ year: year() }, { error: '年度报告：格式不正确' });

export const projectListInput = z.object({ year: year() }, { error: '公益项目一览：格式不正确' });

export const recordDisclosureInput = z
  .object(
    {
      kind: oneOf('公开类型', disclosureKinds),
      year: year(),
      quarter: quarter()
        .nullish()
        .transform((value) => value ?? null),
      projectId: recordId('公益项目')
        .nullish()
        .transform((value) => value ?? null),
      publishedOn: isoDate('公示日期', documentDateRange),
      workingDays: workingDays(),
    },
    { error: '信息公开登记：格式不正确' },
  )
  .superRefine((value, context) => {
    if (value.kind === 'quarterly' && value.quarter === null)
      context.addIssue({ code: 'custom', path: ['quarter'], message: '季度：季度收支公示必须选择季度' });
    if (value.kind !== 'quarterly' && value.quarter !== null)
      context.addIssue({ code: 'custom', path: ['quarter'], message: '季度：只有季度收支公示填写季度' });
    const forProject = value.kind === 'project_update' || value.kind === 'project_closing';
    if (forProject && value.projectId === null)
      context.addIssue({ code: 'custom', path: ['projectId'], message: '公益项目：项目公示必须选择项目' });
    if (!forProject && value.projectId !== null)
      context.addIssue({ code: 'custom', path: ['projectId'], message: '公益项目：只有项目公示选择项目' });
  });

export const disclosuresInput = z.object(
  {
    year: year()
      .nullish()
      .transform((value) => value ?? null),
  },
  { error: '信息公开登记簿：格式不正确' },
);

export const disclosureDeadlinesInput = z.object(
  {
    /** Today when missing. */
    asOf: isoDate('截止日期')
      .nullish()
      .transform((value) => value ?? null),
  },
  { error: '信息公开日历：格式不正确' },
);
