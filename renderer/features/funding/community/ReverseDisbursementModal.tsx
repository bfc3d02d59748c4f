// 冲销 a disbursement: posts a negative entry that references it, under its own voucher number, dated
// between the original and today. The original stays on record.
import { Alert, Form, Input } from 'antd';
import { DateField } from '../../../ui/DateField';
import dayjs, { type Dayjs } from 'dayjs';
import type { z } from 'zod';
import { reversalInput, type Disbursement } from '../../../../shared/features/funding/contract';
import { formatYuan } from '../../../../shared/domain/money';
import { useSchemaForm } from '../../../ui/forms/use-schema-form';
import { FormModal } from '../../../ui/FormModal';
import { outsidePostingWindow } from '../funding-format';

export type ReversalFields = z.output<typeof reversalInput>;

interface ReverseFormValues {
  date: Dayjs | null;
  voucherNo: string;
  reason: string;
}

export interface ReverseDisbursementModalProps {
  disbursement: Disbursement;
  /** Today by the backend's clock: the last day the reversal may carry. */
  today: string;
  onSubmit: (fields: ReversalFields) => Promise<unknown>;
  onCancel: () => void;
}

export function ReverseDisbursementModal({
  disbursement,
  today,
  onSubmit,
  onCancel,
}: ReverseDisbursementModalProps) {
  const { form, submitting, onFinish } = useSchemaForm<typeof reversalInput, ReverseFormValues>({
    schema: reversalInput,
    toInput: (values) => ({
      disbursementId: disbursement.id,
      date: values.date?.format('YYYY-MM-DD'),
      voucherNo: values.voucherNo,
      reason: values.reason,
    }),
    submit: onSubmit,
  });
  return (
    <FormModal<ReverseFormValues>
      title={`冲销拨付 #${disbursement.id}`}
      form={form}
      initialValues={{ date: dayjs(today), voucherNo: '', reason: '' }}
      submitting={submitting}
      onFinish={(values) => void onFinish(values)}
      onCancel={onCancel}
      testId="reverse"
      submitText="确认冲销"
      width={520}
    >
      <Alert
        type="warning"
        showIcon
        style={{ marginBottom: 16 }}
        title={`将冲销 ${disbursement.date} 拨付的 ${formatYuan(disbursement.amountFen)} 元（凭证号 ${disbursement.voucherNo}）。冲销记录一经保存不能撤销，原拨付记录保留。`}
      />
      <Form.Item label="冲销日期" name="date" required>
        <DateField
          allowClear={false}
          disabledDate={outsidePostingWindow({ from: disbursement.date, to: today })}
          data-testid="reverse-date"
        />
      </Form.Item>
      <Form.Item label="凭证号" name="voucherNo" required extra="冲销在财务系统中的记账凭证号">
        <Input autoFocus maxLength={40} data-testid="reverse-voucher" />
      </Form.Item>
      <Form.Item label="冲销理由" name="reason" required>
        <Input.TextArea rows={3} maxLength={300} showCount data-testid="reverse-reason" />
      </Form.Item>
    </FormModal>
  );
}
