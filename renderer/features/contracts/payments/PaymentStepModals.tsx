// A payment's steps as forms: 退回 (the reason) and 冲销 (date, voucher number, reason). The page
// confirms 冲销 before sending it.
import { Form, Input } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import type { z } from 'zod';
import {
  paymentRejectInput,
  paymentReverseInput,
} from '../../../../shared/features/contracts/payment-fields';
import { DateField } from '../../../ui/DateField';
import { useSchemaForm } from '../../../ui/forms/use-schema-form';
import { FormModal } from '../../../ui/FormModal';
import { useToday } from '../../../ui/today';

interface StepProps<S extends z.ZodType> {
  paymentId: number;
  /** 「第一期 40,000.00 元」 */
  what: string;
  onSubmit: (input: z.output<S>) => Promise<unknown>;
  onCancel: () => void;
}

export function RejectPaymentModal({
  paymentId,
  what,
  onSubmit,
  onCancel,
}: StepProps<typeof paymentRejectInput>) {
  const { form, submitting, onFinish } = useSchemaForm<typeof paymentRejectInput, { reason: string }>({
    schema: paymentRejectInput,
    toInput: (values) => ({ id: paymentId, reason: values.reason }),
    submit: onSubmit,
  });
  return (
    <FormModal<{ reason: string }>
      title={`退回付款申请：${what}`}
      form={form}
      initialValues={{ reason: '' }}
      submitting={submitting}
      onFinish={(values) => void onFinish(values)}
      onCancel={onCancel}
      testId="payment-reject-form"
      submitText="退回"
    >
      <Form.Item label="退回理由" name="reason" required>
        <Input.TextArea
          autoFocus
          autoSize={{ minRows: 2, maxRows: 5 }}
          maxLength={500}
          data-testid="payment-reject-reason"
        />
      </Form.Item>
    </FormModal>
  );
}

interface ReverseValues {
  date: Dayjs | null;
  voucherNo: string;
  reason: string;
}

export function ReversePaymentModal({
  paymentId,
  what,
  onSubmit,
  onCancel,
}: StepProps<typeof paymentReverseInput>) {
  const { today } = useToday();
  const { form, submitting, onFinish } = useSchemaForm<typeof paymentReverseInput, ReverseValues>({
    schema: paymentReverseInput,
    toInput: (values) => ({ id: paymentId, ...values, date: values.date?.format('YYYY-MM-DD') }),
    submit: onSubmit,
  });
  return (
    <FormModal<ReverseValues>
      title={`冲销付款：${what}`}
      form={form}
      initialValues={{ date: dayjs(today), voucherNo: '', reason: '' }}
      submitting={submitting}
      onFinish={(values) => void onFinish(values)}
      onCancel={onCancel}
      testId="payment-reverse-form"
      submitText="冲销"
    >
      <Form.Item label="冲销日期" name="date" required>
        <DateField allowClear={false} data-testid="payment-reverse-date" />
      </Form.Item>
      <Form.Item label="冲销凭证号" name="voucherNo" required>
        <Input autoFocus maxLength={30} data-testid="payment-reverse-voucher" />
      </Form.Item>
      <Form.Item label="冲销理由" name="reason" required>
        <Input.TextArea
          autoSize={{ minRows: 2, maxRows: 5 }}
          maxLength={500}
          data-testid="payment-reverse-reason"
        />
      </Form.Item>
    </FormModal>
  );
}
