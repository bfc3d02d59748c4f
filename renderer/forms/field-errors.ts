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
 * Puts each problem on its field when the form renders one; returns the messages that found no field.
 * Only the first message per field is kept: one clear sentence reads better than a list.
 */
export function placeFieldProblems(form: FormInstance, problems: readonly FieldProblem[]): string[] {
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
  return unplaced;
}
