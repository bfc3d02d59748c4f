// The reason modals of a voucher's page: 退回 (a submitted voucher back to its preparer, with the reason)
// and 红字冲销 (a posted one reversed on a date, with the reason, confirmed first; opens the red voucher).
import { App, Form, Input, Modal } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { formatYuan } from '../../../../shared/domain/money';
import type { VoucherDetail } from '../../../../shared/features/fund/books/contract';
import { toApiError } from '../../../api/errors';
import { useChannelMutation } from '../../../api/mutations';
import { confirmPosting } from '../../../ui/confirm-posting';
import { DateField } from '../../../ui/DateField';
import { useToday } from '../../../ui/today';

export function RejectModal({ voucherId, onClose }: { voucherId: number; onClose: () => void }) {
  const reject = useChannelMutation('fund.rejectVoucher');
  const [reason, setReason] = useState('');
  const [refusal, setRefusal] = useState<string>();
  const onOk = async () => {
    try {
      await reject.mutateAsync({ id: voucherId, reason: reason.trim() });
      onClose();
    } catch (error) {
      setRefusal(toApiError(error).message);
    }
  };
  return (
    <Modal
      open
      title="退回凭证"
      okText="退回"
      cancelText="取消"
      confirmLoading={reject.isPending}
      onOk={() => void onOk()}
      onCancel={onClose}
      okButtonProps={{ disabled: reason.trim() === '' }}
      maskClosable={false}
    >
      <Form layout="vertical">
        <Form.Item label="退回理由" required validateStatus={refusal ? 'error' : undefined} help={refusal}>
          <Input.TextArea
            aria-label="退回理由"
            value={reason}
            maxLength={300}
            rows={3}
            onChange={(event) => setReason(event.target.value)}
            data-testid="fund-voucher-reject-reason-input"
          />
        </Form.Item>
      </Form>
    </Modal>
  );
}

export function ReverseModal({ voucher, onClose }: { voucher: VoucherDetail; onClose: () => void }) {
  const navigate = useNavigate();
  const { modal } = App.useApp();
  const { today } = useToday();
  const reverse = useChannelMutation('fund.reverseVoucher');
  const [date, setDate] = useState(today < voucher.date ? voucher.date : today);
  const [reason, setReason] = useState('');
  const [refusal, setRefusal] = useState<string>();
  const onOk = async () => {
    const ok = await confirmPosting(modal, {
      title: '红字冲销这张凭证？',
      content: `将生成一张红字冲销凭证（${voucher.number ?? ''}，借方合计 -${formatYuan(voucher.debitTotalFen)} 元），提交审核记账后原凭证即被冲销。`,
      okText: '生成红字冲销凭证',
      okTestId: 'fund-voucher-reverse-ok',
    });
    if (!ok) return;
    try {
      const red = await reverse.mutateAsync({ id: voucher.id, date, reason: reason.trim() });
      onClose();
      void navigate(`/fund/vouchers/${red.id}`);
    } catch (error) {
      setRefusal(toApiError(error).message);
    }
  };
  return (
    <Modal
      open
      title="红字冲销"
      okText="冲销"
      cancelText="取消"
      confirmLoading={reverse.isPending}
      onOk={() => void onOk()}
      onCancel={onClose}
      okButtonProps={{ disabled: reason.trim() === '' || date === '', danger: true }}
      maskClosable={false}
    >
      <Form layout="vertical">
        <Form.Item label="冲销日期" required>
          <DateField
            aria-label="冲销日期"
            value={date ? dayjs(date) : null}
            allowClear={false}
            onChange={(value) => setDate(dayjs.isDayjs(value) ? value.format('YYYY-MM-DD') : '')}
            data-testid="fund-voucher-reverse-date"
          />
        </Form.Item>
        <Form.Item label="冲销理由" required validateStatus={refusal ? 'error' : undefined} help={refusal}>
          <Input
            aria-label="冲销理由"
            value={reason}
            maxLength={100}
            onChange={(event) => setReason(event.target.value)}
            data-testid="fund-voucher-reverse-reason"
          />
        </Form.Item>
      </Form>
    </Modal>
  );
}
