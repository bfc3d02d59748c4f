// A form checked with the contract's zod schema before it is sent, and whose server-side refusals land
// on the field they name. A message goes as soon as its field's value becomes valid, and a form with
// unsaved changes guards the screen against being left (leave-guard). The caller's `submit` gets the
// parsed (trimmed, typed) values.
import { App, Form, type FormInstance } from 'antd';
import { useCallback, useEffect, useRef, useState } from 'react';
import type { z } from 'zod';
import { toApiError } from '../../api/errors';
import {
  fieldPathOf,
  placeFieldProblems,
  problemsOfZodIssues,
  recheckShownProblems,
  valueKey,
  type FieldProblem,
  type ShownProblem,
} from './field-errors';
import { useLeaveGuard } from './leave-guard';

export interface SchemaFormOptions<S extends z.ZodType, V> {
  schema: S;
  /** Form values → the object the schema checks (e.g. adds ids that are not form fields). */
  toInput?: (values: V) => unknown;
  /** Sends the parsed input; a thrown ApiCallError is shown on its field. */
  submit: (input: z.output<S>) => Promise<unknown>;
  /** False for a form whose values are settings of one action (a notice's posting period), not a record:
   * leaving it loses nothing worth asking about. */
  guardsLeave?: boolean;
}

export interface SchemaForm<V> {
  form: FormInstance<V>;
  submitting: boolean;
  onFinish: (values: V) => Promise<void>;
}

// A stable selector: Form.useWatch re-subscribes whenever its selector changes identity.
const allValues = (values: unknown) => values;

/** Whether the clerk has changed any field since the form opened or was last saved. */
export function hasUnsavedChanges(form: FormInstance): boolean {
  return form.isFieldsTouched();
}

function markSaved(form: FormInstance): void {
  form.setFields(form.getFieldsError().map((field) => ({ name: field.name, touched: false })));
}

export function useSchemaForm<S extends z.ZodType, V>(options: SchemaFormOptions<S, V>): SchemaForm<V> {
  const [form] = Form.useForm<V>();
  const { message } = App.useApp();
  const [submitting, setSubmitting] = useState(false);
  const shown = useRef<ShownProblem[]>([]);
  const { schema, toInput } = options;
  // Paths come from zod issues and server errors, not from V's keys: address fields untyped.
  const fields = form as unknown as FormInstance;

  // While a save is in flight its own success may move on (to the new record's page): not a leave.
  const saving = useRef(false);
  const guardsLeave = options.guardsLeave ?? true;
  useLeaveGuard(
    useCallback(() => guardsLeave && !saving.current && hasUnsavedChanges(form), [form, guardsLeave]),
  );

  function problemsOf(values: V): FieldProblem[] {
    const parsed = schema.safeParse(toInput ? toInput(values) : values);
    return parsed.success ? [] : problemsOfZodIssues(parsed.error.issues);
  }

  // Re-checks the fields showing a message whenever a value changes, with the same schema.
  const values = Form.useWatch(allValues, { form, preserve: true }) as V | undefined;
  useEffect(() => {
    if (values === undefined || shown.current.length === 0) return;
    const updates = recheckShownProblems(shown.current, problemsOf(values), (path) =>
      fields.getFieldValue(path),
    );
    if (updates.length === 0) return;
    fields.setFields(updates.map((update) => ({ name: update.path, errors: update.errors })));
    shown.current = shown.current.flatMap((problem) => {
      const update = updates.find((candidate) => candidate.path === problem.path);
      if (!update) return [problem];
      if (update.errors.length === 0) return [];
      return [{ ...problem, valueWhenShown: valueKey(fields.getFieldValue(problem.path)) }];
    });
    // problemsOf reads the schema of this render; values is what changes.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [values, form]);

  function report(problems: FieldProblem[], fromSchema: boolean): void {
    const { placed, unplaced } = placeFieldProblems(form, problems);
    shown.current = placed.map((path) => ({
      path,
      valueWhenShown: valueKey(fields.getFieldValue(path)),
      fromSchema,
    }));
    if (unplaced.length > 0) void message.error(unplaced.join('；'));
  }

  async function onFinish(formValues: V): Promise<void> {
    const parsed = schema.safeParse(toInput ? toInput(formValues) : formValues);
    if (!parsed.success) {
      report(problemsOfZodIssues(parsed.error.issues), true);
      return;
    }
    setSubmitting(true);
    saving.current = true;
    try {
      await options.submit(parsed.data);
      markSaved(form);
    } catch (error) {
      const apiError = toApiError(error);
      report([{ path: apiError.field ? fieldPathOf(apiError.field) : [], message: apiError.message }], false);
    } finally {
      saving.current = false;
      setSubmitting(false);
    }
  }

  return { form, submitting, onFinish };
}
