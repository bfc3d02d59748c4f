// A form checked with the contract's zod schema before it is sent, and whose server-side refusals land
// on the field they name. The caller's `submit` gets the parsed (trimmed, typed) values.
import { App, Form, type FormInstance } from 'antd';
import { useState } from 'react';
import type { z } from 'zod';
import { toApiError } from '../api/errors';
import { fieldPathOf, placeFieldProblems, problemsOfZodIssues, type FieldProblem } from './field-errors';

export interface SchemaFormOptions<S extends z.ZodType, V> {
  schema: S;
  /** Form values → the object the schema checks (e.g. adds ids that are not form fields). */
  toInput?: (values: V) => unknown;
  /** Sends the parsed input; a thrown ApiCallError is shown on its field. */
  submit: (input: z.output<S>) => Promise<unknown>;
}

export interface SchemaForm<V> {
  form: FormInstance<V>;
  submitting: boolean;
  onFinish: (values: V) => Promise<void>;
}

export function useSchemaForm<S extends z.ZodType, V>(options: SchemaFormOptions<S, V>): SchemaForm<V> {
  const [form] = Form.useForm<V>();
  const { message } = App.useApp();
  const [submitting, setSubmitting] = useState(false);

  function report(problems: FieldProblem[]): void {
    const unplaced = placeFieldProblems(form, problems);
    if (unplaced.length > 0) void message.error(unplaced.join('；'));
  }

  async function onFinish(values: V): Promise<void> {
    const parsed = options.schema.safeParse(options.toInput ? options.toInput(values) : values);
    if (!parsed.success) {
      report(problemsOfZodIssues(parsed.error.issues));
      return;
    }
    setSubmitting(true);
    try {
      await options.submit(parsed.data);
    } catch (error) {
      const apiError = toApiError(error);
      report([{ path: apiError.field ? fieldPathOf(apiError.field) : [], message: apiError.message }]);
    } finally {
      setSubmitting(false);
    }
  }

  return { form, submitting, onFinish };
}
