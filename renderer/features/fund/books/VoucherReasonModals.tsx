// The reason modals of a voucher's page: 退回 (a submitted voucher back to its preparer, with the reason)
// and 红字冲销 (a posted one reversed on a date, with the reason, confirmed first; opens the red voucher).
import { App, Form, Input } from 'antd';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { formatYuan } from '../../../../shared/domain/money';
import type { VoucherDetail } from '../../../../shared/features/fund/books/contract';
import { useChannelMutation } from '../../../api/mutations';
import { confirmPosting } from '../../../ui/confirm-posting';
import { useToday } from '../../../ui/today';
import { ActionModal, IsoDateField } from './ActionModal';

const refusalProps = (refusal: string | undefined) =>
  ({ validateStatus: refusal ? 'error' : undefined, help: refusal }) as const;

export function RejectModal({ voucherId, onClose }: { voucherId: number; onClose: () => void }) {
  const reject = useChannelMutation('fund.rejectVoucher');
  const [reason, setReason] = useState('');
  return (
    <ActionModal
      title="退回凭证"
      okText="退回"
      okTestId="fund-voucher-reject-submit"
      pending={reject.isPending}
      ready={reason.trim() !== ''}
      run={async () => {
        await reject.mutateAsync({ id: voucherId, reason: reason.trim() });
        onClose();
      }}
      onClose={onClose}
    >
      {(refusal) => (
        <Form layout="vertical">
          <Form.Item label="退回理由" required {...refusalProps(refusal)}>
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
      )}
    </ActionModal>
  );
}

export function ReverseModal({ voucher, onClose }: { voucher: VoucherDetail; onClose: () => void }) {
  const navigate = useNavigate();
  const { modal } = App.useApp();
  const { today } = useToday();
  const reverse = useChannelMutation('fund.reverseVoucher');
  const [date, setDate] = useState(today < voucher.date ? voucher.date : today);
  const [reason, setReason] = useState('');
  return (
    <ActionModal
      title="红字冲销"
      okText="冲销"
      okTestId="fund-voucher-reverse-submit"
      danger
      pending={reverse.isPending}
      ready={reason.trim() !== '' && date !== ''}
      confirm={() =>
        confirmPosting(modal, {
          title: '红字冲销这张凭证？',
          content: `将生成一张红字冲销凭证（${voucher.number ?? ''}，借方合计 -${formatYuan(voucher.debitTotalFen)} 元），提交审核记账后原凭证即被冲销。`,
          okText: '生成红字冲销凭证',
          okTestId: 'fund-voucher-reverse-ok',
        })
      }
      run={async () => {
        const red = await reverse.mutateAsync({ id: voucher.id, date, reason: reason.trim() });
        onClose();
        void navigate(`/fund/vouchers/${red.id}`);
      }}
      onClose={onClose}
    >
      {(refusal) => (
        <Form layout="vertical">
          <Form.Item label="冲销日期" required>
            <IsoDateField
              value={date}
              onChange={setDate}
              label="冲销日期"
              testId="fund-voucher-reverse-date"
            />
          </Form.Item>
          <Form.Item label="冲销理由" required {...refusalProps(refusal)}>
            <Input
              aria-label="冲销理由"
              value={reason}
              maxLength={100}
              onChange={(event) => setReason(event.target.value)}
              data-testid="fund-voucher-reverse-reason"
            />
          </Form.Item>
        </Form>
      )}
    </ActionModal>
  );
}
