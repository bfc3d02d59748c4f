// 录入调整 (approved years): a signed change to a line's allocation with its reason and date. Approved
// amounts stay as approved; the adjustment is posted beside them.
import { Form, Input } from 'antd';
import { DateField } from '../../../ui/DateField';
import dayjs, { type Dayjs } from 'dayjs';
import type { z } from 'zod';
import {
  adjustmentInput,
  fundingCategoryLabels,
  type AllocationLine,
  type PostingWindow,
} from '../../../../shared/features/funding/contract';
import { formatYuan } from '../../../../shared/domain/money';
import { useSchemaForm } from '../../../ui/forms/use-schema-form';
import { fenOfText, yuanRules } from '../../../ui/forms/yuan-field';
import { FormModal } from '../../../ui/FormModal';
import { outsidePostingWindow } from '../funding-format';

export type AdjustmentFields = z.output<typeof adjustmentInput>;

interface AdjustFormValues {
  /** Typed in yuan, "-" for a decrease; sent as fen. */
  amountFen: string;
  reason: string;
  date: Dayjs | null;
}

export interface AdjustModalProps {
  communityName: string;
  line: AllocationLine;
  /** The days the adjustment may be dated (the year's approval to today). */
  postingWindow: PostingWindow;
  onSubmit: (fields: AdjustmentFields) => Promise<unknown>;
  onCancel: () => void;
}

export function AdjustModal({ communityName, line, postingWindow, onSubmit, onCancel }: AdjustModalProps) {
  const { form, submitting, onFinish } = useSchemaForm<typeof adjustmentInput, AdjustFormValues>({
    schema: adjustmentInput,
    toInput: (values) => ({
      lineId: line.id,
      amountFen: fenOfText(values.amountFen),
      reason: values.reason,
      date: values.date?.format('YYYY-MM-DD'),
    }),
    submit: onSubmit,
  });
  return (
    <FormModal<AdjustFormValues>
      title={`录入调整：${communityName} ${line.year} 年${fundingCategoryLabels[line.category]}`}
      form={form}
      initialValues={{ amountFen: '', reason: '', date: dayjs(postingWindow.to) }}
      submitting={submitting}
      onFinish={(values) => void onFinish(values)}
      onCancel={onCancel}
      testId="adjust"
      width={520}
    >
      <Form.Item
        label="调整金额"
        name="amountFen"
        rules={yuanRules}
        required
        extra={`增加填正数，减少在前面加“-”。当前应拨 ${formatYuan(line.allocatedFen)} 元，已拨付 ${formatYuan(line.disbursedFen)} 元`}
      >
        <Input autoFocus suffix="元" inputMode="decimal" data-testid="adjust-amount" />
      </Form.Item>
      <Form.Item label="调整理由" name="reason" required>
        <Input.TextArea rows={3} maxLength={300} showCount data-testid="adjust-reason" />
      </Form.Item>
      <Form.Item label="调整日期" name="date" required>
        <DateField
          allowClear={false}
          disabledDate={outsidePostingWindow(postingWindow)}
          data-testid="adjust-date"
        />
      </Form.Item>
    </FormModal>
  );
}
