// 资助拨付: 承接主体 (providers.list), date, amount, designation (with its 可用余额) or 非限定性, summary;
// the voucher it will write is shown (voucher-forms' grantVoucher, account names from fund.accounts)
// before 保存 / 保存并提交审核. The backend's refusal is shown on the form.
import { Alert, Form, Input, Modal, Select, Space } from 'antd';
import { useQuery } from '@tanstack/react-query';
import dayjs, { type Dayjs } from 'dayjs';
import { formatYuan, parseYuan } from '../../../../shared/domain/money';
import { grantVoucher } from '../../../../shared/features/fund/donations/contract';
import { VoucherPreview } from './VoucherPreview';
import { callQuery } from '../../../api/client';
import { toApiError } from '../../../api/errors';
import { useChannelMutation } from '../../../api/mutations';
import { DateField } from '../../../ui/DateField';
import { useToday } from '../../../ui/today';
import { useFundDesignationList } from './queries';
import { SaveOrSubmitFooter } from './SaveOrSubmitFooter';

interface Values {
  providerId?: number;
  date: Dayjs | null;
  amount: string;
  designationId: number | 0;
  summary: string;
}

export function GrantModal({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { today } = useToday();
  const [form] = Form.useForm<Values>();
  const values = Form.useWatch([], form) as Values | undefined;
  const providers = useQuery({
    queryKey: ['providers', 'list', { search: '', status: 'active' }],
    queryFn: () => callQuery('providers.list', { search: '', status: 'active' }),
    enabled: open,
  });
  const designations = useFundDesignationList();
  const pay = useChannelMutation('fund.payGrant');
  const amount = parseYuan(values?.amount ?? '');
  const provider = providers.data?.find((row) => row.id === values?.providerId);
  const designation = designations.data?.find((d) => d.id === values?.designationId);
  const preview =
    values && provider && amount.ok && amount.fen > 0
      ? grantVoucher({
          providerName: provider.name,
          amountFen: amount.fen,
          designationId: designation?.id ?? null,
          summary: values.summary ?? '',
        })
      : null;
  const close = () => {
    form.resetFields();
    pay.reset();
    onClose();
  };
  const save = (submit: boolean) =>
    void form.validateFields().then((v) => {
      const parsed = parseYuan(v.amount);
      if (!parsed.ok || v.providerId === undefined || !v.date) return;
      pay.mutate(
        {
          providerId: v.providerId,
          date: v.date.format('YYYY-MM-DD'),
          amountFen: parsed.fen,
          designationId: v.designationId === 0 ? null : v.designationId,
          summary: v.summary.trim(),
          attachments: 0,
          hostReference: '',
          submit,
        },
        { onSuccess: close },
      );
    });
  return (
    <Modal
      open={open}
      title="资助拨付"
      width={760}
      onCancel={close}
      destroyOnHidden
      data-testid="fund-grant-modal"
      footer={
        <SaveOrSubmitFooter onCancel={close} onSave={save} pending={pay.isPending} testId="fund-grant" />
      }
    >
      <Form<Values>
        form={form}
        layout="vertical"
        aria-label="资助拨付"
        data-testid="fund-grant-form"
        initialValues={{ date: dayjs(today), amount: '', designationId: 0, summary: '' }}
      >
        <Space wrap align="start">
          <Form.Item
            label="承接主体"
            name="providerId"
            rules={[{ required: true, message: '请选择承接主体' }]}
          >
            <Select<number>
              showSearch={{ optionFilterProp: 'label' }}
              style={{ width: 240 }}
              aria-label="承接主体"
              data-testid="fund-grant-provider"
              loading={providers.isLoading}
              options={(providers.data ?? []).map((p) => ({ value: p.id, label: p.name }))}
            />
          </Form.Item>
          <Form.Item
            label="拨付日期"
            name="date"
            rules={[{ required: true, message: '拨付日期：请选择日期' }]}
          >
            <DateField
              allowClear={false}
              style={{ width: 150 }}
              aria-label="拨付日期"
              data-testid="fund-grant-date"
            />
          </Form.Item>
          <Form.Item
            label="拨付金额（元）"
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
            <Input style={{ width: 150 }} aria-label="拨付金额（元）" data-testid="fund-grant-amount" />
          </Form.Item>
          <Form.Item
            label="限定用途"
            name="designationId"
            extra={designation ? `可用余额 ${formatYuan(designation.availableFen)} 元` : undefined}
          >
            <Select<number>
              style={{ width: 260 }}
              aria-label="限定用途"
              data-testid="fund-grant-designation"
              options={[
                { value: 0, label: '非限定性' },
                ...(designations.data ?? [])
                  .filter((d) => !d.lifted)
                  .map((d) => ({
                    value: d.id,
                    label: `${d.name}（可用 ${formatYuan(d.availableFen)} 元）`,
                  })),
              ]}
            />
          </Form.Item>
        </Space>
        <Form.Item label="摘要" name="summary">
          <Input
            maxLength={100}
            placeholder={provider ? `拨付${provider.name}资助款` : undefined}
            aria-label="摘要"
            data-testid="fund-grant-summary"
          />
        </Form.Item>
      </Form>
      {preview && <VoucherPreview voucher={preview} testId="fund-grant-preview" />}
      {pay.isError && (
        <Alert type="error" showIcon title={toApiError(pay.error).message} data-testid="fund-grant-error" />
      )}
    </Modal>
  );
}
