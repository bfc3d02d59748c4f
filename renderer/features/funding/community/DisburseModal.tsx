// 拨付 (approved years): date, amount, the official voucher number and a note. The remaining amount is
// shown next to the amount, and an amount beyond it is refused here, before the confirmation (the Node
// side refuses it too). A voucher number already used is a warning, not a refusal: one official voucher
// may cover several lines. Only the days between the year's approval and today can be picked.
import { Form, Input } from 'antd';
import { useMemo } from 'react';
import { DateField } from '../../../ui/DateField';
import dayjs, { type Dayjs } from 'dayjs';
import type { z } from 'zod';
import {
  disbursementInput,
  fundingCategoryLabels,
  type AllocationLine,
  type PostingWindow,
} from '../../../../shared/features/funding/contract';
import { overDisbursementMessage } from '../../../../shared/features/funding/disbursement';
import { formatYuan } from '../../../../shared/domain/money';
import { useVoucherUses } from '../queries';
import { useDebounced } from '../../../ui/use-debounced';
import { useSchemaForm } from '../../../ui/forms/use-schema-form';
import { fenOfText, yuanRules } from '../../../ui/forms/yuan-field';
import { VoucherField } from '../../../ui/forms/VoucherField';
import { FormModal } from '../../../ui/FormModal';
import { outsidePostingWindow, voucherWarningText } from '../funding-format';

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
  /** The days the disbursement may be dated (the year's approval to today). */
  postingWindow: PostingWindow;
  onSubmit: (fields: DisbursementFields) => Promise<unknown>;
  onCancel: () => void;
}

/** The contract's schema plus what this line allows: nothing beyond what remains. */
function lineSchema(lineName: string, line: AllocationLine) {
  return disbursementInput.superRefine((fields, context) => {
    const message = overDisbursementMessage(lineName, line, fields.amountFen);
    if (message) context.addIssue({ code: 'custom', message, path: ['amountFen'] });
  });
}

export function DisburseModal({
  communityName,
  line,
  postingWindow,
  onSubmit,
  onCancel,
}: DisburseModalProps) {
  const lineName = `${communityName} ${line.year} 年${fundingCategoryLabels[line.category]}`;
  const schema = useMemo(() => lineSchema(lineName, line), [lineName, line]);
  const { form, submitting, onFinish } = useSchemaForm<typeof schema, DisburseFormValues>({
    schema,
    toInput: (values) => ({
      lineId: line.id,
      date: values.date?.format('YYYY-MM-DD'),
      amountFen: fenOfText(values.amountFen),
      voucherNo: values.voucherNo,
      note: values.note,
    }),
    submit: onSubmit,
  });
  const voucherNo = useDebounced<string>(Form.useWatch('voucherNo', form) ?? '', 300);
  const sameVoucher = useVoucherUses(voucherNo).data ?? [];
  return (
    <FormModal<DisburseFormValues>
      title={`拨付：${lineName}`}
      form={form}
      initialValues={{ date: dayjs(postingWindow.to), amountFen: '', voucherNo: '', note: '' }}
      submitting={submitting}
      onFinish={(values) => void onFinish(values)}
      onCancel={onCancel}
      testId="disburse"
      submitText="拨付"
      width={520}
    >
      <Form.Item label="拨付日期" name="date" required>
        <DateField
          allowClear={false}
          disabledDate={outsidePostingWindow(postingWindow)}
          data-testid="disburse-date"
        />
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
      <VoucherField
        testId="disburse-voucher"
        maxLength={40}
        warning={sameVoucher.length > 0 ? voucherWarningText(voucherNo.trim(), sameVoucher) : null}
      />
      <Form.Item label="备注" name="note">
        <Input maxLength={300} data-testid="disburse-note" />
      </Form.Item>
    </FormModal>
  );
}
