// 登记票据: the 捐赠票据's 代码, 号码, 校验码 and 开票日期 on a posted donation; a correction asks for a reason.
import { Alert, Form, Input, Modal } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import type { Donation } from '../../../../shared/features/fund/donations/contract';
import { toApiError } from '../../../api/errors';
import { useChannelMutation } from '../../../api/mutations';
import { DateField } from '../../../ui/DateField';
import { buttonTestId } from '../../../ui/test-ids';

interface ReceiptValues {
  code: string;
  number: string;
  checkCode: string;
  date: Dayjs | null;
  reason: string;
}

export function ReceiptModal({ donation, onClose }: { donation: Donation | null; onClose: () => void }) {
  const [form] = Form.useForm<ReceiptValues>();
  const record = useChannelMutation('fund.recordReceipt');
  const close = () => {
    record.reset();
    onClose();
  };
  const correcting = donation?.receipt !== null && donation?.receipt !== undefined;
  return (
    <Modal
      open={donation !== null}
      title={correcting ? '更正票据' : '登记票据'}
      okText="保存"
      cancelText="取消"
      okButtonProps={{ loading: record.isPending, ...buttonTestId('fund-receipt-save') }}
      onCancel={close}
      onOk={() =>
        void form.validateFields().then((values) => {
          if (!donation || !values.date) return;
          record.mutate(
            {
              donationId: donation.id,
              code: values.code.trim(),
              number: values.number.trim(),
              checkCode: (values.checkCode ?? '').trim(),
              date: values.date.format('YYYY-MM-DD'),
              reason: (values.reason ?? '').trim(),
            },
            { onSuccess: close },
          );
        })
      }
      destroyOnHidden
    >
      {/* The modal mounts its form on opening (destroyOnHidden): the donation's 票据 are its initial values,
          set there rather than through the instance, which has no fields before the form mounts. */}
      <Form
        form={form}
        layout="vertical"
        data-testid="fund-receipt-form"
        initialValues={{
          code: donation?.receipt?.code ?? '',
          number: donation?.receipt?.number ?? '',
          checkCode: donation?.receipt?.checkCode ?? '',
          date: donation?.receipt ? dayjs(donation.receipt.date) : null,
          reason: '',
        }}
      >
        <Form.Item label="票据代码" name="code" rules={[{ required: true, message: '请填写票据代码' }]}>
          <Input maxLength={20} data-testid="fund-receipt-code" />
        </Form.Item>
        <Form.Item label="票据号码" name="number" rules={[{ required: true, message: '请填写票据号码' }]}>
          <Input maxLength={20} data-testid="fund-receipt-number" />
        </Form.Item>
        <Form.Item label="校验码" name="checkCode">
          <Input maxLength={20} data-testid="fund-receipt-check-code" />
        </Form.Item>
        <Form.Item label="开票日期" name="date" rules={[{ required: true, message: '开票日期：请选择日期' }]}>
          <DateField data-testid="fund-receipt-date" />
        </Form.Item>
        {correcting && (
          <Form.Item
            label="更正原因"
            name="reason"
            rules={[{ required: true, message: '更正票据须填写原因' }]}
          >
            <Input.TextArea rows={2} maxLength={500} data-testid="fund-receipt-reason" />
          </Form.Item>
        )}
        {record.isError && <Alert type="error" showIcon title={toApiError(record.error).message} />}
      </Form>
    </Modal>
  );
}
