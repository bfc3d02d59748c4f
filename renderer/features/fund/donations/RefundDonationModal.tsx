// 捐赠退回 (fund.refundDonation) on a posted donation: amount (at most what is not yet refunded), date, the
// way the money goes back, the reason; the voucher it writes (Dr 4101 / Cr 1002 or 1001) is shown before
// 保存 / 保存并提交审核, and confirmed. The backend's refusal (a pending refund counted too) lands on its field.
import { App, Form, Input, Modal, Select, Space, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useMemo, useRef } from 'react';
import { formatYuan } from '../../../../shared/domain/money';
import {
  defaultRefundAccount,
  refundAccountLabels,
  refundAccounts,
  refundVoucher,
  type Donation,
  type RefundAccount,
} from '../../../../shared/features/fund/donations/contract';
import { refundInput } from '../../../../shared/features/fund/donations/donation-fields';
import { useChannelMutation } from '../../../api/mutations';
import { confirmPosting } from '../../../ui/confirm-posting';
import { DateField } from '../../../ui/DateField';
import { useSchemaForm } from '../../../ui/forms/use-schema-form';
import { fenOfText, textOfFen, yuanRules } from '../../../ui/forms/yuan-field';
import { useToday } from '../../../ui/today';
import { VoucherPreview } from './VoucherPreview';
import { SaveOrSubmitFooter } from './SaveOrSubmitFooter';

interface RefundValues {
  amountFen: string;
  date: Dayjs | null;
  account: RefundAccount;
  reason: string;
}

/** What a donation still holds: posted refunds taken off (a pending one the backend counts itself). */
export function refundableFen(donation: Donation): number {
  return Math.max(donation.amountFen - donation.refundedFen, 0);
}

function refundSchema(donation: Donation) {
  const left = refundableFen(donation);
  return refundInput.superRefine((fields, context) => {
    if (fields.amountFen > left)
      context.addIssue({
        code: 'custom',
        path: ['amountFen'],
        message: `退还金额：最多还能退还 ${formatYuan(left)} 元`,
      });
  });
}

export function RefundDonationModal({ donation, onClose }: { donation: Donation; onClose: () => void }) {
  const { today } = useToday();
  const { modal, message } = App.useApp();
  const refund = useChannelMutation('fund.refundDonation');
  const submitting = useRef(true);
  const schema = useMemo(() => refundSchema(donation), [donation]);
  const { form, onFinish } = useSchemaForm<typeof schema, RefundValues>({
    schema,
    toInput: (values) => ({
      donationId: donation.id,
      date: values.date?.format('YYYY-MM-DD'),
      amountFen: fenOfText(values.amountFen),
      account: values.account,
      reason: values.reason,
      attachments: 0,
      hostReference: '',
      submit: submitting.current,
    }),
    submit: async (input) => {
      const ok = await confirmPosting(modal, {
        title: input.submit ? '生成退还凭证并提交审核？' : '生成退还凭证草稿？',
        content: `退还${donation.donorName} ${formatYuan(input.amountFen)} 元，冲减捐赠收入；审核人记账后生效。`,
        okText: '生成退还凭证',
        okTestId: 'fund-refund-confirm-ok',
      });
      if (!ok) return;
      const result = await refund.mutateAsync(input);
      void message.success(
        `已生成捐赠退回凭证 #${result.voucherId}（${input.submit ? '待审核' : '草稿'}）：退还${donation.donorName} ${formatYuan(input.amountFen)} 元`,
      );
      onClose();
    },
  });
  const values = Form.useWatch([], form) as RefundValues | undefined;
  const amount = fenOfText(values?.amountFen);
  const preview =
    amount !== undefined && amount > 0 && values
      ? refundVoucher({
          donorName: donation.donorName,
          amountFen: amount,
          designationId: donation.designationId,
          account: values.account,
          reason: values.reason?.trim() || '……',
        })
      : null;
  const save = (submit: boolean) => {
    submitting.current = submit;
    form.submit();
  };
  return (
    <Modal
      open
      title={`捐赠退回：${donation.donorName}`}
      width={720}
      maskClosable={false}
      destroyOnHidden
      onCancel={onClose}
      data-testid="fund-refund-modal"
      footer={
        <SaveOrSubmitFooter
          onCancel={onClose}
          onSave={save}
          pending={refund.isPending}
          testId="fund-refund"
        />
      }
    >
      <Form<RefundValues>
        form={form}
        layout="vertical"
        aria-label="捐赠退回"
        data-testid="fund-refund-form"
        autoComplete="off"
        onFinish={(v) => void onFinish(v)}
        initialValues={{
          amountFen: textOfFen(refundableFen(donation)),
          date: dayjs(today < donation.date ? donation.date : today),
          account: defaultRefundAccount(donation.channel),
          reason: '',
        }}
      >
        <Typography.Paragraph data-testid="fund-refund-limit">
          {donation.date} 捐赠 {formatYuan(donation.amountFen)} 元（{donation.designationName}），已退还{' '}
          {formatYuan(donation.refundedFen)} 元，最多还能退还 {formatYuan(refundableFen(donation))} 元
        </Typography.Paragraph>
        <Space wrap align="start">
          <Form.Item label="退还金额（元）" name="amountFen" rules={yuanRules} required>
            <Input style={{ width: 160 }} inputMode="decimal" suffix="元" data-testid="fund-refund-amount" />
          </Form.Item>
          <Form.Item label="退还日期" name="date" required>
            <DateField allowClear={false} style={{ width: 150 }} data-testid="fund-refund-date" />
          </Form.Item>
          <Form.Item label="退还方式" name="account">
            <Select<RefundAccount>
              style={{ width: 160 }}
              aria-label="退还方式"
              data-testid="fund-refund-account"
              options={refundAccounts.map((value) => ({ value, label: refundAccountLabels[value] }))}
            />
          </Form.Item>
        </Space>
        <Form.Item label="退还原因" name="reason" required>
          <Input maxLength={200} aria-label="退还原因" data-testid="fund-refund-reason" />
        </Form.Item>
      </Form>
      {preview && <VoucherPreview voucher={preview} testId="fund-refund-preview" />}
    </Modal>
  );
}
