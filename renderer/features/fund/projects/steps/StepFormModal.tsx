// The form of one step of a project (街道初审, 管委会决议, 资助协议, 进展报告, 撤回 …): checked with its
// channel's schema before it is sent, the backend's refusal shown on the field it names. Fields that
// depend on another field's value read it with Form.useWatch inside the form.
import type { Dayjs } from 'dayjs';
import type { ReactNode } from 'react';
import type { z } from 'zod';
import { useSchemaForm } from '../../../../ui/forms/use-schema-form';
import { FormModal } from '../../../../ui/FormModal';
import type { ProjectDetail } from '../ProjectDetail';

/** What the page gives each step's form: the project, the send (confirmed first) and the way out. */
export interface StepProps<S extends z.ZodType> {
  project: ProjectDetail;
  onSubmit: (input: z.output<S>) => Promise<unknown>;
  onCancel: () => void;
}

export const iso = (value: Dayjs | null | undefined) => value?.format('YYYY-MM-DD');

export interface StepFormModalProps<S extends z.ZodType, V> {
  schema: S;
  /** Form values → the channel's input (adds the project's id, turns dates and yuan into ISO and fen). */
  toInput: (values: V) => unknown;
  onSubmit: (input: z.output<S>) => Promise<unknown>;
  onCancel: () => void;
  title: string;
  initialValues: V;
  /** data-testid of the form; its buttons get `<testId>-submit` and `<testId>-cancel`. */
  testId: string;
  submitText: string;
  width?: number;
  children: ReactNode;
}

export function StepFormModal<S extends z.ZodType, V>(props: StepFormModalProps<S, V>) {
  const { form, submitting, onFinish } = useSchemaForm<S, V>({
    schema: props.schema,
    toInput: props.toInput,
    submit: props.onSubmit,
  });
  return (
    <FormModal<V>
      title={props.title}
      form={form}
      initialValues={props.initialValues}
      submitting={submitting}
      onFinish={(values) => void onFinish(values)}
      onCancel={props.onCancel}
      testId={props.testId}
      submitText={props.submitText}
      width={props.width}
    >
      {props.children}
    </FormModal>
  );
}
