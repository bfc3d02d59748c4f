// The steps of a contract as forms: 签订 (date), 开始履行 (date), 验收完成 (date) and 终止 (date, reason,
// settlement). The page confirms 签订 and 终止 before sending them.
import { Form, Input } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import type { z } from 'zod';
import {
  contractCompleteInput,
  contractSignInput,
  contractStartInput,
  contractTerminateInput,
} from '../../../../shared/features/contracts/contract-fields';
import { formatYuan } from '../../../../shared/domain/money';
import { DateField } from '../../../ui/DateField';
import { useSchemaForm } from '../../../ui/forms/use-schema-form';
import { fenOfText, yuanRules } from '../../../ui/forms/yuan-field';
import { FormModal } from '../../../ui/FormModal';
import { useToday } from '../../../ui/today';

interface StepProps<S extends z.ZodType> {
  contractId: number;
  onSubmit: (input: z.output<S>) => Promise<unknown>;
  onCancel: () => void;
}

type DateSchema = typeof contractSignInput | typeof contractStartInput | typeof contractCompleteInput;

interface DateStep<S extends DateSchema = DateSchema> {
  schema: S;
  field: 'signedDate' | 'date';
  title: string;
  label: string;
  submitText: string;
  testId: string;
  extra?: string;
}

export const dateSteps = {
  sign: {
    schema: contractSignInput,
    field: 'signedDate',
    title: '签订合同',
    label: '签订日期',
    submitText: '签订',
    testId: 'contract-sign',
    extra: '签订时取得合同编号；签订后合同条款只能通过变更修改',
  },
  start: {
    schema: contractStartInput,
    field: 'date',
    title: '开始履行',
    label: '开始履行日期',
    submitText: '开始履行',
    testId: 'contract-start',
  },
  complete: {
    schema: contractCompleteInput,
    field: 'date',
    title: '验收完成',
    label: '验收日期',
    submitText: '验收完成',
    testId: 'contract-complete',
    extra: '验收完成后合同不能再变更或终止，仍可录入终期评价并支付尾款',
  },
} satisfies Record<string, DateStep>;

/** Named as the channel names it, so the Node side's refusal of the date lands on the field. */
type DateValues = Partial<Record<DateStep['field'], Dayjs | null>>;

export function DateStepModal<S extends DateSchema>({
  step,
  contractId,
  onSubmit,
  onCancel,
}: StepProps<S> & { step: DateStep<S> }) {
  const { today } = useToday();
  const { form, submitting, onFinish } = useSchemaForm<DateSchema, DateValues>({
    schema: step.schema,
    toInput: (values) => ({ id: contractId, [step.field]: values[step.field]?.format('YYYY-MM-DD') }),
    submit: onSubmit as (input: z.output<DateSchema>) => Promise<unknown>,
    guardsLeave: false,
  });
  return (
    <FormModal<DateValues>
      title={step.title}
      form={form}
      initialValues={{ [step.field]: dayjs(today) }}
      submitting={submitting}
      onFinish={(values) => void onFinish(values)}
      onCancel={onCancel}
      testId={`${step.testId}-form`}
      submitText={step.submitText}
      width={440}
      asksBeforeClosing={false}
    >
      <Form.Item label={step.label} name={step.field} required extra={step.extra}>
        <DateField allowClear={false} autoFocus data-testid={`${step.testId}-date`} />
      </Form.Item>
    </FormModal>
  );
}

interface TerminateValues {
  date: Dayjs | null;
  reason: string;
  settlementFen: string;
}

export function TerminateModal({
  contractId,
  paidFen,
  onSubmit,
  onCancel,
}: StepProps<typeof contractTerminateInput> & { paidFen: number }) {
  const { today } = useToday();
  const { form, submitting, onFinish } = useSchemaForm<typeof contractTerminateInput, TerminateValues>({
    schema: contractTerminateInput,
    toInput: (values) => ({
      id: contractId,
      date: values.date?.format('YYYY-MM-DD'),
      reason: values.reason,
      settlementFen: fenOfText(values.settlementFen),
    }),
    submit: onSubmit,
  });
  return (
    <FormModal<TerminateValues>
      title="终止合同"
      form={form}
      initialValues={{ date: dayjs(today), reason: '', settlementFen: '' }}
      submitting={submitting}
      onFinish={(values) => void onFinish(values)}
      onCancel={onCancel}
      testId="contract-terminate-form"
      submitText="终止"
      width={520}
    >
      <Form.Item label="终止日期" name="date" required>
        <DateField allowClear={false} data-testid="contract-terminate-date" />
      </Form.Item>
      <Form.Item label="终止理由" name="reason" required>
        <Input.TextArea
          autoFocus
          autoSize={{ minRows: 2, maxRows: 5 }}
          maxLength={1000}
          data-testid="contract-terminate-reason"
        />
      </Form.Item>
      <Form.Item
        label="最终结算金额"
        name="settlementFen"
        rules={yuanRules}
        required
        extra={`应付承接主体的全部金额（含已付 ${formatYuan(paidFen)} 元）；终止后不再超出此金额付款`}
      >
        <Input suffix="元" inputMode="decimal" data-testid="contract-terminate-settlement" />
      </Form.Item>
    </FormModal>
  );
}
