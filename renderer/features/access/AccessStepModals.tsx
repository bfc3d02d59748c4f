// The workflow steps of a work-access request as forms: 撤回 (reason, before the review), 街道审核
// (opinion), 区领导小组决定 (approve or reject, decision number and date), 撤销准入 (date and reason). The
// page confirms each one.
import { DatePicker, Form, Input, Radio } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import type { z } from 'zod';
import {
  accessDecisionInput,
  accessReviewInput,
  accessRevokeInput,
  accessWithdrawInput,
} from '../../../shared/features/access/contract';
import { useSchemaForm } from '../../ui/forms/use-schema-form';
import { FormModal } from '../../ui/FormModal';
import { useToday } from '../../ui/today';

interface StepProps<S extends z.ZodType> {
  requestId: number;
  requestNo: string;
  onSubmit: (input: z.output<S>) => Promise<unknown>;
  onCancel: () => void;
}

const iso = (value: Dayjs | null) => value?.format('YYYY-MM-DD');

/** A step whose one field is a text: 街道审核's opinion, 撤回's reason. */
type TextStepField = 'opinion' | 'reason';
type TextStepValues = Partial<Record<TextStepField, string>>;

interface TextStep {
  field: TextStepField;
  title: string;
  label: string;
  extra: string;
  submitText: string;
  /** The form's test id; its text area's is `${testId}` without `-form`, plus `-${field}`. */
  testId: string;
  maxLength: number;
  rows: { minRows: number; maxRows: number };
}

function TextStepModal<S extends z.ZodType>({
  schema,
  step,
  requestId,
  requestNo,
  onSubmit,
  onCancel,
}: StepProps<S> & { schema: S; step: TextStep }) {
  const { form, submitting, onFinish } = useSchemaForm<S, TextStepValues>({
    schema,
    toInput: (values) => ({ id: requestId, [step.field]: values[step.field] ?? '' }),
    submit: onSubmit,
  });
  return (
    <FormModal<TextStepValues>
      title={`${step.title}：${requestNo}`}
      form={form}
      initialValues={{ [step.field]: '' }}
      submitting={submitting}
      onFinish={(values) => void onFinish(values)}
      onCancel={onCancel}
      testId={step.testId}
      submitText={step.submitText}
    >
      <Form.Item label={step.label} name={step.field} required extra={step.extra}>
        <Input.TextArea
          autoFocus
          autoSize={step.rows}
          maxLength={step.maxLength}
          showCount
          data-testid={`${step.testId.replace(/-form$/, '')}-${step.field}`}
        />
      </Form.Item>
    </FormModal>
  );
}

const reviewStep: TextStep = {
  field: 'opinion',
  title: '街道审核',
  label: '审核意见',
  extra: '审核后报区领导小组决定',
  submitText: '提交审核意见',
  testId: 'access-review-form',
  maxLength: 1000,
  rows: { minRows: 3, maxRows: 6 },
};

export function AccessReviewModal(props: StepProps<typeof accessReviewInput>) {
  return <TextStepModal {...props} schema={accessReviewInput} step={reviewStep} />;
}

interface DecisionValues {
  approved: boolean | null;
  decisionNo: string;
  decisionDate: Dayjs | null;
}

export function AccessDecideModal({
  requestId,
  requestNo,
  onSubmit,
  onCancel,
}: StepProps<typeof accessDecisionInput>) {
  const { today } = useToday();
  const { form, submitting, onFinish } = useSchemaForm<typeof accessDecisionInput, DecisionValues>({
    schema: accessDecisionInput,
    toInput: (values) => ({
      id: requestId,
      approved: values.approved ?? undefined,
      decisionNo: values.decisionNo,
      decisionDate: iso(values.decisionDate),
    }),
    submit: onSubmit,
  });
  return (
    <FormModal<DecisionValues>
      title={`区领导小组决定：${requestNo}`}
      form={form}
      initialValues={{ approved: null, decisionNo: '', decisionDate: dayjs(today) }}
      submitting={submitting}
      onFinish={(values) => void onFinish(values)}
      onCancel={onCancel}
      testId="access-decide-form"
      submitText="登记决定"
    >
      <Form.Item label="决定" name="approved" required>
        <Radio.Group data-testid="access-decide-approved">
          <Radio value={true} data-testid="access-decide-approve">
            准予准入
          </Radio>
          <Radio value={false} data-testid="access-decide-reject">
            不予准入
          </Radio>
        </Radio.Group>
      </Form.Item>
      <Form.Item label="决定文号" name="decisionNo" required>
        <Input maxLength={60} placeholder="如：官社准〔2026〕3号" data-testid="access-decision-no" />
      </Form.Item>
      <Form.Item label="决定日期" name="decisionDate" required>
        <DatePicker style={{ width: '100%' }} allowClear={false} data-testid="access-decision-date" />
      </Form.Item>
    </FormModal>
  );
}

interface RevokeValues {
  date: Dayjs | null;
  reason: string;
}

export function AccessRevokeModal({
  requestId,
  requestNo,
  onSubmit,
  onCancel,
}: StepProps<typeof accessRevokeInput>) {
  const { today } = useToday();
  const { form, submitting, onFinish } = useSchemaForm<typeof accessRevokeInput, RevokeValues>({
    schema: accessRevokeInput,
    toInput: (values) => ({ id: requestId, date: iso(values.date), reason: values.reason }),
    submit: onSubmit,
  });
  return (
    <FormModal<RevokeValues>
      title={`撤销准入：${requestNo}`}
      form={form}
      initialValues={{ date: dayjs(today), reason: '' }}
      submitting={submitting}
      onFinish={(values) => void onFinish(values)}
      onCancel={onCancel}
      testId="access-revoke-form"
      submitText="撤销准入"
    >
      <Form.Item label="撤销日期" name="date" required>
        <DatePicker style={{ width: '100%' }} allowClear={false} data-testid="access-revoke-date" />
      </Form.Item>
      <Form.Item label="撤销理由" name="reason" required>
        <Input.TextArea
          autoFocus
          autoSize={{ minRows: 2, maxRows: 5 }}
          maxLength={500}
          showCount
          data-testid="access-revoke-reason"
        />
      </Form.Item>
    </FormModal>
  );
}

const withdrawStep: TextStep = {
  field: 'reason',
  title: '撤回准入申请',
  label: '撤回理由',
  extra: '撤回后该申请不再办理，编号保留在登记簿中',
  submitText: '撤回申请',
  testId: 'access-withdraw-form',
  maxLength: 500,
  rows: { minRows: 2, maxRows: 5 },
};

export function AccessWithdrawModal(props: StepProps<typeof accessWithdrawInput>) {
  return <TextStepModal {...props} schema={accessWithdrawInput} step={withdrawStep} />;
}
