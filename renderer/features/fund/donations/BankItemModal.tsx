// 银行手续费 (fund.bankCharge) and 利息收入 (fund.interest): date, amount, the expense or income account,
// summary; the voucher it will write is shown (voucher-forms' builders, account names from fund.accounts)
// before 保存 / 保存并提交审核. The backend's refusal is shown on the form.
import { Alert, Form, Input, Modal, Select, Space } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { parseYuan } from '../../../../shared/domain/money';
import {
  bankChargeAccountLabels,
  bankChargeAccounts,
  bankChargeVoucher,
  interestAccountLabels,
  interestAccounts,
  interestVoucher,
  type BankChargeAccount,
  type InterestAccount,
} from '../../../../shared/features/fund/donations/contract';
import { VoucherPreview } from './VoucherPreview';
import { toApiError } from '../../../api/errors';
import { useChannelMutation } from '../../../api/mutations';
import { DateField } from '../../../ui/DateField';
import { useToday } from '../../../ui/today';
import { SaveOrSubmitFooter } from './SaveOrSubmitFooter';

export type BankItemKind = 'bank_charge' | 'interest';

const copy = {
  bank_charge: {
    title: '银行手续费',
    amount: '手续费金额（元）',
    account: '费用科目',
    testId: 'fund-bank-charge',
  },
  interest: {
    title: '利息收入',
    amount: '利息金额（元）',
    account: '收入科目',
    testId: 'fund-interest',
  },
} as const;

interface Values {
  date: Dayjs | null;
  amount: string;
  account: string;
  summary: string;
}

export function BankItemModal({
  kind,
  open,
  onClose,
}: {
  kind: BankItemKind;
  open: boolean;
  onClose: () => void;
}) {
  const text = copy[kind];
  const { today } = useToday();
  const [form] = Form.useForm<Values>();
  const values = Form.useWatch([], form) as Values | undefined;
  const charge = useChannelMutation('fund.bankCharge');
  const interest = useChannelMutation('fund.interest');
  const mutation = kind === 'bank_charge' ? charge : interest;
  const amount = parseYuan(values?.amount ?? '');
  const preview =
    values?.account && amount.ok && amount.fen > 0
      ? kind === 'bank_charge'
        ? bankChargeVoucher({
            amountFen: amount.fen,
            account: values.account as BankChargeAccount,
            summary: values.summary ?? '',
          })
        : interestVoucher({
            amountFen: amount.fen,
            account: values.account as InterestAccount,
            summary: values.summary ?? '',
          })
      : null;
  const accountOptions =
    kind === 'bank_charge'
      ? bankChargeAccounts.map((value) => ({ value, label: bankChargeAccountLabels[value] }))
      : interestAccounts.map((value) => ({ value, label: interestAccountLabels[value] }));
  const close = () => {
    form.resetFields();
    charge.reset();
    interest.reset();
    onClose();
  };
  const save = (submit: boolean) =>
    void form.validateFields().then((v) => {
      const parsed = parseYuan(v.amount);
      if (!parsed.ok || !v.date) return;
      const common = {
        date: v.date.format('YYYY-MM-DD'),
        amountFen: parsed.fen,
        summary: v.summary.trim(),
        attachments: 0,
        hostReference: '',
        submit,
      };
      if (kind === 'bank_charge') {
        charge.mutate({ ...common, account: v.account as BankChargeAccount }, { onSuccess: close });
      } else {
        interest.mutate({ ...common, account: v.account as InterestAccount }, { onSuccess: close });
      }
    });
  return (
    <Modal
      open={open}
      title={text.title}
      width={680}
      onCancel={close}
      destroyOnHidden
      data-testid={`${text.testId}-modal`}
      footer={
        <SaveOrSubmitFooter
          onCancel={close}
          onSave={save}
          pending={mutation.isPending}
          testId={`${text.testId}`}
        />
      }
    >
      <Form<Values>
        form={form}
        layout="vertical"
        aria-label={text.title}
        data-testid={`${text.testId}-form`}
        initialValues={{
          date: dayjs(today),
          amount: '',
          account: kind === 'bank_charge' ? bankChargeAccounts[0] : interestAccounts[0],
          summary: '',
        }}
      >
        <Space wrap align="start">
          <Form.Item label="日期" name="date" rules={[{ required: true, message: '日期：请选择日期' }]}>
            <DateField
              allowClear={false}
              style={{ width: 150 }}
              aria-label="日期"
              data-testid={`${text.testId}-date`}
            />
          </Form.Item>
          <Form.Item
            label={text.amount}
            name="amount"
            rules={[
              {
                validator: (_, value: string) => {
                  const parsed = parseYuan(value ?? '');
                  return parsed.ok && parsed.fen > 0
                    ? Promise.resolve()
                    : Promise.reject(new Error('请填写大于 0 的金额，最多两位小数'));
                },
              },
            ]}
          >
            <Input style={{ width: 150 }} aria-label={text.amount} data-testid={`${text.testId}-amount`} />
          </Form.Item>
          <Form.Item label={text.account} name="account">
            <Select<string>
              style={{ width: 180 }}
              aria-label={text.account}
              data-testid={`${text.testId}-account`}
              options={accountOptions}
            />
          </Form.Item>
        </Space>
        <Form.Item label="摘要" name="summary">
          <Input
            maxLength={100}
            placeholder={kind === 'bank_charge' ? '银行手续费' : '银行存款利息'}
            aria-label="摘要"
            data-testid={`${text.testId}-summary`}
          />
        </Form.Item>
      </Form>
      {preview && <VoucherPreview voucher={preview} testId={`${text.testId}-preview`} />}
      {mutation.isError && (
        <Alert
          type="error"
          showIcon
          title={toApiError(mutation.error).message}
          data-testid={`${text.testId}-error`}
        />
      )}
    </Modal>
  );
}
