// 拨付 (approved years): date, amount, the official voucher number and a note. The remaining amount is
// shown next to the amount; the Node side refuses anything beyond it, and its message lands on the field.
import { Form, Input } from 'antd';
import { DateField } from './DateField';
import dayjs, { type Dayjs } from 'dayjs';
import type { z } from 'zod';
import { disbursementInput, fundingCategoryLabels, type AllocationLine } from '../../shared/contract/funding';
import { formatYuan } from '../../shared/domain/money';
import { useSchemaForm } from '../forms/use-schema-form';
import { fenOfText, yuanRules } from '../forms/yuan-field';
import { FormModal } from './FormModal';

export type DisbursementFields = z.output<typeof disbursementInput>;

interface DisburseFormValues {
  date: Dayjs | null;
  /** Typed in yuan; sent as fen. */
  amountFen: string;
  voucherNo: string;
  note: string;
}

export interface DisburseModalProps {
  communityName: string;
  line: AllocationLine;
  onSubmit: (fields: DisbursementFields) => Promise<unknown>;
  onCancel: () => void;
}

export function DisburseModal({ communityName, line, onSubmit, onCancel }: DisburseModalProps) {
  const { form, submitting, onFinish } = useSchemaForm<typeof disbursementInput, DisburseFormValues>({
    schema: disbursementInput,
    toInput: (values) => ({
      lineId: line.id,
      date: values.date?.format('YYYY-MM-DD'),
      amountFen: fenOfText(values.amountFen),
      voucherNo: values.voucherNo,
      note: values.note,
    }),
    submit: onSubmit,
  });
  return (
    <FormModal<DisburseFormValues>
      title={`拨付：${communityName} ${line.year} 年${fundingCategoryLabels[line.category]}`}
      form={form}
      initialValues={{ date: dayjs(), amountFen: '', voucherNo: '', note: '' }}
      submitting={submitting}
      onFinish={(values) => void onFinish(values)}
      onCancel={onCancel}
      testId="disburse"
      submitText="拨付"
      width={520}
    >
      <Form.Item label="拨付日期" name="date" required>
        <DateField allowClear={false} data-testid="disburse-date" />
      </Form.Item>
      <Form.Item
        label="拨付金额"
        name="amountFen"
        rules={yuanRules}
        required
        extra={
          <span data-testid="disburse-remaining">
            应拨 {formatYuan(line.allocatedFen)} 元，已拨付 {formatYuan(line.disbursedFen)} 元，尚可拨付{' '}
            <strong>{formatYuan(line.remainingFen)}</strong> 元
          </span>
        }
      >
        <Input autoFocus suffix="元" inputMode="decimal" data-testid="disburse-amount" />
      </Form.Item>
      <Form.Item label="凭证号" name="voucherNo" required extra="财务系统中的记账凭证号">
        <Input maxLength={40} data-testid="disburse-voucher" />
      </Form.Item>
      <Form.Item label="备注" name="note">
        <Input maxLength={300} data-testid="disburse-note" />
      </Form.Item>
    </FormModal>
  );
}
