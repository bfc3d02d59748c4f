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

export function AccessReviewModal({
  requestId,
  requestNo,
  onSubmit,
  onCancel,
}: StepProps<typeof accessReviewInput>) {
  const { form, submitting, onFinish } = useSchemaForm<typeof accessReviewInput, { opinion: string }>({
    schema: accessReviewInput,
    toInput: (values) => ({ id: requestId, opinion: values.opinion }),
    submit: onSubmit,
  });
  return (
    <FormModal<{ opinion: string }>
      title={`街道审核：${requestNo}`}
      form={form}
      initialValues={{ opinion: '' }}
      submitting={submitting}
      onFinish={(values) => void onFinish(values)}
      onCancel={onCancel}
      testId="access-review-form"
      submitText="提交审核意见"
    >
      <Form.Item label="审核意见" name="opinion" required extra="审核后报区领导小组决定">
        <Input.TextArea
          autoFocus
          autoSize={{ minRows: 3, maxRows: 6 }}
          maxLength={1000}
          showCount
          data-testid="access-review-opinion"
        />
      </Form.Item>
    </FormModal>
  );
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

export function AccessWithdrawModal({
  requestId,
  requestNo,
  onSubmit,
  onCancel,
}: StepProps<typeof accessWithdrawInput>) {
  const { form, submitting, onFinish } = useSchemaForm<typeof accessWithdrawInput, { reason: string }>({
    schema: accessWithdrawInput,
    toInput: (values) => ({ id: requestId, reason: values.reason }),
    submit: onSubmit,
  });
  return (
    <FormModal<{ reason: string }>
      title={`撤回准入申请：${requestNo}`}
      form={form}
      initialValues={{ reason: '' }}
      submitting={submitting}
      onFinish={(values) => void onFinish(values)}
      onCancel={onCancel}
      testId="access-withdraw-form"
      submitText="撤回申请"
    >
      <Form.Item label="撤回理由" name="reason" required extra="撤回后该申请不再办理，编号保留在登记簿中">
        <Input.TextArea
          autoFocus
          autoSize={{ minRows: 2, maxRows: 5 }}
          maxLength={500}
          showCount
          data-testid="access-withdraw-reason"
        />
      </Form.Item>
    </FormModal>
  );
}
