// 申请付款: the instalment, date, amount (at most what the instalment still allows, shown beside it),
// voucher number (a number already used is a warning: one voucher may cover several payments) and note;
// a gated instalment shows its evaluation's coefficient.
import { Form, Input, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useMemo } from 'react';
import type { z } from 'zod';
import { scoreText, type InstalmentStatus } from '../../../../shared/features/contracts/contract';
import { paymentRequestInput } from '../../../../shared/features/contracts/payment-fields';
import { formatYuan } from '../../../../shared/domain/money';
import { DateField } from '../../../ui/DateField';
import { useSchemaForm } from '../../../ui/forms/use-schema-form';
import { fenOfText, yuanRules } from '../../../ui/forms/yuan-field';
import { VoucherField } from '../../../ui/forms/VoucherField';
import { FormModal } from '../../../ui/FormModal';
import { useToday } from '../../../ui/today';
import { useDebounced } from '../../../ui/use-debounced';
import { contractVoucherWarning } from '../contract-format';
import { useContractVoucherUses } from '../queries';

interface PaymentValues {
  instalmentSeq: number;
  date: Dayjs | null;
  amountFen: string;
  voucherNo: string;
  note: string;
}

export interface PaymentRequestModalProps {
  contractId: number;
  instalments: InstalmentStatus[];
  instalmentSeq: number;
  onSubmit: (input: z.output<typeof paymentRequestInput>) => Promise<unknown>;
  onCancel: () => void;
}

/** The contract's schema plus what the chosen instalment still allows. */
function requestSchema(instalments: InstalmentStatus[]) {
  return paymentRequestInput.superRefine((fields, context) => {
    const instalment = instalments.find((row) => row.seq === fields.instalmentSeq);
    if (instalment && fields.amountFen > instalment.remainingFen)
      context.addIssue({
        code: 'custom',
        path: ['amountFen'],
        message: `付款金额：${instalment.label}尚可付 ${formatYuan(instalment.remainingFen)} 元，不能超过`,
      });
  });
}

function InstalmentLimit({ instalment }: { instalment: InstalmentStatus | undefined }) {
  if (!instalment) return null;
  const evaluation = instalment.evaluation;
  return (
    <span data-testid="payment-remaining">
      可付 {formatYuan(instalment.allowedFen)} 元，已付 {formatYuan(instalment.paidFen)} 元，待审核{' '}
      {formatYuan(instalment.pendingFen)} 元，尚可付 <strong>{formatYuan(instalment.remainingFen)}</strong> 元
      {evaluation && (
        <span data-testid="payment-coefficient">
          （评价 {scoreText(evaluation.totalTenths)}，付款比例 {evaluation.coefficientPercent}%）
        </span>
      )}
    </span>
  );
}

export function PaymentRequestModal({
  contractId,
  instalments,
  instalmentSeq,
  onSubmit,
  onCancel,
}: PaymentRequestModalProps) {
  const { today } = useToday();
  const schema = useMemo(() => requestSchema(instalments), [instalments]);
  const { form, submitting, onFinish } = useSchemaForm<typeof schema, PaymentValues>({
    schema,
    toInput: (values) => ({
      contractId,
      instalmentSeq: values.instalmentSeq,
      date: values.date?.format('YYYY-MM-DD'),
      amountFen: fenOfText(values.amountFen),
      voucherNo: values.voucherNo,
      note: values.note,
    }),
    submit: onSubmit,
  });
  const seq = Form.useWatch('instalmentSeq', form) ?? instalmentSeq;
  const instalment = instalments.find((row) => row.seq === seq);
  const voucherNo = useDebounced<string>(Form.useWatch('voucherNo', form) ?? '', 300);
  const sameVoucher = useContractVoucherUses(voucherNo).data ?? [];
  const start = instalments.find((row) => row.seq === instalmentSeq);
  return (
    <FormModal<PaymentValues>
      title="申请付款"
      form={form}
      initialValues={{
        instalmentSeq,
        date: dayjs(today),
        amountFen: start ? formatYuan(start.remainingFen) : '',
        voucherNo: '',
        note: '',
      }}
      submitting={submitting}
      onFinish={(values) => void onFinish(values)}
      onCancel={onCancel}
      testId="payment-request"
      submitText="提交申请"
      width={560}
    >
      <Form.Item label="付款分期" name="instalmentSeq" required>
        <Select
          options={instalments.map((row) => ({
            value: row.seq,
            label: `${row.label}（尚可付 ${formatYuan(row.remainingFen)} 元）`,
            disabled: row.payability !== 'payable',
          }))}
          data-testid="payment-instalment"
        />
      </Form.Item>
      <Form.Item label="付款日期" name="date" required>
        <DateField allowClear={false} data-testid="payment-date" />
      </Form.Item>
      <Form.Item
        label="付款金额"
        name="amountFen"
        rules={yuanRules}
        required
        extra={<InstalmentLimit instalment={instalment} />}
      >
        <Input autoFocus suffix="元" inputMode="decimal" data-testid="payment-amount" />
      </Form.Item>
      <VoucherField
        testId="payment-voucher"
        maxLength={30}
        warning={sameVoucher.length > 0 ? contractVoucherWarning(voucherNo.trim(), sameVoucher) : null}
      />
      <Form.Item label="摘要" name="note">
        <Input maxLength={200} data-testid="payment-note" />
      </Form.Item>
    </FormModal>
  );
}
