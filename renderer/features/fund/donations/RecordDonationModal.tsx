// 登记捐赠: donor, date, amount, channel (with its extra fields), designation or 非限定性, note; the voucher
// it will write is shown (voucher-forms' builder, account names from fund.accounts) before 保存 /
// 保存并提交审核.
import { Alert, Button, Form, Input, Modal, Select, Space } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { parseYuan } from '../../../../shared/domain/money';
import {
  donationChannelLabels,
  donationChannels,
  donationVoucher,
  type DonationChannel,
} from '../../../../shared/features/fund/donations/contract';
import { VoucherPreview } from './VoucherPreview';
import { toApiError } from '../../../api/errors';
import { useChannelMutation } from '../../../api/mutations';
import { DateField } from '../../../ui/DateField';
import { useToday } from '../../../ui/today';
import { CreateDonorModal } from './CreateDonorModal';
import { useFundDesignationList, useFundDonors } from './queries';
import { SaveOrSubmitFooter } from './SaveOrSubmitFooter';

interface Values {
  donorId?: number;
  date: Dayjs | null;
  amount: string;
  channel: DonationChannel;
  platform?: string;
  inKindDescription?: string;
  valuationBasis?: string;
  designationId?: number;
  note?: string;
}

export function RecordDonationModal({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { today } = useToday();
  const [form] = Form.useForm<Values>();
  const [creatingDonor, setCreatingDonor] = useState(false);
  const values = Form.useWatch([], form) as Values | undefined;
  const donors = useFundDonors({ search: '', page: 1, pageSize: 500 });
  const designations = useFundDesignationList();
  const record = useChannelMutation('fund.recordDonation');
  const amount = parseYuan(values?.amount ?? '');
  const donor = donors.data?.rows.find((row) => row.id === values?.donorId);
  const designation = designations.data?.find((d) => d.id === values?.designationId);
  const preview =
    values && donor && amount.ok && amount.fen > 0
      ? donationVoucher({
          donorName: donor.publishedName || donor.name,
          amountFen: amount.fen,
          channel: values.channel,
          platform: values.platform,
          inKindDescription: values.inKindDescription,
          designationId: designation?.id ?? null,
          designationName: designation?.name ?? null,
        })
      : null;
  const close = () => {
    form.resetFields();
    record.reset();
    onClose();
  };
  const save = (submit: boolean) =>
    void form.validateFields().then((v) => {
      const parsed = parseYuan(v.amount);
      if (!parsed.ok || v.donorId === undefined || !v.date) return;
      record.mutate(
        {
          donorId: v.donorId,
          date: v.date.format('YYYY-MM-DD'),
          amountFen: parsed.fen,
          channel: v.channel,
          platform: (v.platform ?? '').trim(),
          inKindDescription: (v.inKindDescription ?? '').trim(),
          valuationBasis: (v.valuationBasis ?? '').trim(),
          designationId: v.designationId === 0 || v.designationId === undefined ? null : v.designationId,
          note: (v.note ?? '').trim(),
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
      title="登记捐赠"
      width={760}
      onCancel={close}
      destroyOnHidden
      footer={
        <SaveOrSubmitFooter
          onCancel={close}
          onSave={save}
          pending={record.isPending}
          testId="fund-donation"
        />
      }
    >
      <Form<Values>
        form={form}
        layout="vertical"
        data-testid="fund-donation-form"
        initialValues={{
          date: dayjs(today),
          amount: '',
          channel: 'bank_transfer',
          platform: '',
          inKindDescription: '',
          valuationBasis: '',
          designationId: 0,
          note: '',
        }}
      >
        <Space wrap align="start">
          <Form.Item label="捐赠人" required>
            <Space.Compact>
              <Form.Item noStyle name="donorId" rules={[{ required: true, message: '请选择捐赠人' }]}>
                <Select<number>
                  showSearch={{ optionFilterProp: 'label' }}
                  style={{ width: 220 }}
                  aria-label="捐赠人"
                  data-testid="fund-donation-donor"
                  options={(donors.data?.rows ?? []).map((d) => ({ value: d.id, label: d.name }))}
                />
              </Form.Item>
              <Button onClick={() => setCreatingDonor(true)} data-testid="fund-donation-donor-add">
                新增捐赠方
              </Button>
            </Space.Compact>
          </Form.Item>
          <Form.Item
            label="捐赠日期"
            name="date"
            rules={[{ required: true, message: '捐赠日期：请选择日期' }]}
          >
            <DateField allowClear={false} style={{ width: 150 }} data-testid="fund-donation-date" />
          </Form.Item>
          <Form.Item
            label="捐赠金额（元）"
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
            <Input style={{ width: 150 }} data-testid="fund-donation-amount" />
          </Form.Item>
          <Form.Item label="捐赠方式" name="channel">
            <Select<DonationChannel>
              style={{ width: 120 }}
              data-testid="fund-donation-channel"
              options={donationChannels.map((value) => ({ value, label: donationChannelLabels[value] }))}
            />
          </Form.Item>
          <Form.Item label="限定用途" name="designationId">
            <Select<number>
              style={{ width: 200 }}
              data-testid="fund-donation-designation"
              options={[
                { value: 0, label: '非限定性' },
                ...(designations.data ?? [])
                  .filter((d) => !d.lifted)
                  .map((d) => ({ value: d.id, label: d.name })),
              ]}
            />
          </Form.Item>
        </Space>
        {values?.channel === 'online' && (
          <Form.Item
            label="网络平台名称"
            name="platform"
            rules={[{ required: true, message: '请填写网络平台名称' }]}
          >
            <Input maxLength={100} data-testid="fund-donation-platform" />
          </Form.Item>
        )}
        {values?.channel === 'in_kind' && (
          <Space wrap>
            <Form.Item
              label="实物名称及数量"
              name="inKindDescription"
              rules={[{ required: true, message: '请填写实物名称及数量' }]}
            >
              <Input maxLength={200} style={{ width: 300 }} data-testid="fund-donation-in-kind" />
            </Form.Item>
            <Form.Item
              label="估值依据"
              name="valuationBasis"
              rules={[{ required: true, message: '请写明估值依据' }]}
            >
              <Input maxLength={200} style={{ width: 300 }} data-testid="fund-donation-valuation" />
            </Form.Item>
          </Space>
        )}
        <Form.Item label="备注" name="note">
          <Input.TextArea rows={2} maxLength={500} data-testid="fund-donation-note" />
        </Form.Item>
      </Form>
      {preview && <VoucherPreview voucher={preview} testId="fund-donation-preview" />}
      {record.isError && <Alert type="error" showIcon title={toApiError(record.error).message} />}
      <CreateDonorModal
        open={creatingDonor}
        onClose={() => setCreatingDonor(false)}
        onCreated={(created) => form.setFieldValue('donorId', created.id)}
      />
    </Modal>
  );
}
