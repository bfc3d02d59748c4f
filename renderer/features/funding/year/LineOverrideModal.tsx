// 调整核定金额 (draft only): a determined amount other than the computed one, with a mandatory reason.
import { Form, Input, Typography } from 'antd';
import type { z } from 'zod';
import {
  fundingCategoryLabels,
  overrideInput,
  type AllocationLine,
} from '../../../../shared/features/funding/contract';
import { formatYuan } from '../../../../shared/domain/money';
import { useSchemaForm } from '../../../ui/forms/use-schema-form';
import { fenOfText, textOfFen, yuanRules } from '../../../ui/forms/yuan-field';
import { FormModal } from '../../../ui/FormModal';

export type OverrideFields = z.output<typeof overrideInput>;

interface OverrideFormValues {
  /** Typed in yuan; sent as fen. */
  amountFen: string;
  reason: string;
}

export interface LineOverrideModalProps {
  line: AllocationLine;
  onSubmit: (fields: OverrideFields) => Promise<unknown>;
  onCancel: () => void;
}

export function LineOverrideModal({ line, onSubmit, onCancel }: LineOverrideModalProps) {
  const { form, submitting, onFinish } = useSchemaForm<typeof overrideInput, OverrideFormValues>({
    schema: overrideInput,
    toInput: (values) => ({ lineId: line.id, amountFen: fenOfText(values.amountFen), reason: values.reason }),
    submit: onSubmit,
  });
  return (
    <FormModal<OverrideFormValues>
      title={`调整核定金额：${fundingCategoryLabels[line.category]}`}
      form={form}
      initialValues={{ amountFen: textOfFen(line.amountFen), reason: line.overrideReason }}
      submitting={submitting}
      onFinish={(values) => void onFinish(values)}
      onCancel={onCancel}
      testId="line-override"
      width={520}
    >
      <Typography.Paragraph type="secondary">
        按标准测算：
        {line.computedFen === null ? '标准未覆盖，须手工核定' : `${formatYuan(line.computedFen)} 元`}。
        {line.breakdown}
      </Typography.Paragraph>
      <Form.Item label="核定金额" name="amountFen" rules={yuanRules} required>
        <Input autoFocus suffix="元" inputMode="decimal" data-testid="line-override-amount" />
      </Form.Item>
      <Form.Item label="调整理由" name="reason" required extra="说明为什么不按标准测算值核定，会记入操作日志">
        <Input.TextArea rows={3} maxLength={300} showCount data-testid="line-override-reason" />
      </Form.Item>
    </FormModal>
  );
}
