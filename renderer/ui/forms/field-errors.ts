// Where a message goes: on the form field its path names, or, when the form has no such field, in a
// message bar. The same path shapes come from zod issues (client side) and from `error.field` (server).
import type { FormInstance } from 'antd';
import type { z } from 'zod';

export type FieldPath = (string | number)[];

export interface FieldProblem {
  path: FieldPath;
  message: string;
}

/** `courtyardHouseholds.2.households` → ['courtyardHouseholds', 2, 'households'] */
export function fieldPathOf(dotted: string): FieldPath {
  return dotted.split('.').map((segment) => (/^\d+$/.test(segment) ? Number(segment) : segment));
}

export function problemsOfZodIssues(issues: readonly z.core.$ZodIssue[]): FieldProblem[] {
  return issues.map((issue) => ({
    path: issue.path.map((segment) => (typeof segment === 'number' ? segment : String(segment))),
    message: issue.message,
  }));
}

function pathKey(path: readonly (string | number)[]): string {
  return JSON.stringify(path.map(String));
}

/**
 * Puts each problem on its field when the form renders one.
 * Only the first message per field is kept: one clear sentence reads better than a list.
 * Returns the paths that got a message and the messages that found no field.
 */
export function placeFieldProblems(
  form: FormInstance,
  problems: readonly FieldProblem[],
): { placed: FieldPath[]; unplaced: string[] } {
  const registered = new Set(form.getFieldsError().map((field) => pathKey(field.name)));
  const placed = new Map<string, { name: FieldPath; errors: string[] }>();
  const unplaced: string[] = [];
  for (const problem of problems) {
    const key = pathKey(problem.path);
    if (!registered.has(key)) {
      if (!unplaced.includes(problem.message)) unplaced.push(problem.message);
    } else if (!placed.has(key)) {
      placed.set(key, { name: problem.path, errors: [problem.message] });
    }
  }
  const fields = [...placed.values()];
  form.setFields(fields);
  const first = fields[0];
  if (first) form.scrollToField(first.name, { block: 'center' });
  return { placed: fields.map((field) => field.name), unplaced };
}

/** A message placed on a field, with the value the field held then (as JSON). */
export interface ShownProblem {
  path: FieldPath;
  valueWhenShown: string;
  /** Found by the form's own schema check, not refused by the backend: the schema can say when it is
   * mended, even by another field (预算明细 adding up once 申请金额 is corrected). */
  fromSchema?: boolean;
}

export interface FieldUpdate {
  path: FieldPath;
  /** The field's message now: one sentence, or none when its value has become valid. */
  errors: string[];
}

/** A value as comparable text (dayjs dates serialise to their ISO string). */
export function valueKey(value: unknown): string {
  return JSON.stringify(value) ?? 'undefined';
}

/**
 * What the fields showing a message should show now that values have changed: a field whose value is
 * unchanged keeps a server refusal (「社区代码：已被使用」 stays until it is edited); a changed one, and
 * one whose message came from the schema, shows the schema's current problem for it, or nothing once the
 * schema accepts it.
 */
export function recheckShownProblems(
  shown: readonly ShownProblem[],
  problemsNow: readonly FieldProblem[],
  valueOf: (path: FieldPath) => unknown,
): FieldUpdate[] {
  return shown
    .filter(
      (problem) => problem.fromSchema === true || valueKey(valueOf(problem.path)) !== problem.valueWhenShown,
    )
    .map((problem) => {
      const key = pathKey(problem.path);
      const now = problemsNow.find((candidate) => pathKey(candidate.path) === key);
      return { path: problem.path, errors: now ? [now.message] : [] };
    });
}
