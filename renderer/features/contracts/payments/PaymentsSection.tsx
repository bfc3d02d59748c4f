// 付款: the contract's payments with their status; 审核 (confirmed) and 退回 for 审核人 on a requested one,
// 冲销 (confirmed) on a paid one, 打印付款审批单 on any.
import { PrinterOutlined } from '@ant-design/icons';
import { App, Button, Space, Table } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useState } from 'react';
import type { InstalmentStatus, Payment } from '../../../../shared/features/contracts/contract';
import { formatYuan } from '../../../../shared/domain/money';
import { toApiError } from '../../../api/errors';
import { useFileOutput } from '../../../api/files';
import { useChannelMutation } from '../../../api/mutations';
import { canPrint, usePrint } from '../../../api/printing';
import { confirmPosting } from '../../../ui/confirm-posting';
import { ChannelButton } from '../../../ui/signed-in';
import { PaymentStatusTag, yuanCell } from '../contract-format';
import { RejectPaymentModal, ReversePaymentModal } from './PaymentStepModals';

type Step = { kind: 'reject' | 'reverse'; payment: Payment };

export function PaymentsSection({
  payments,
  instalments,
}: {
  payments: Payment[];
  instalments: InstalmentStatus[];
}) {
  const { message, modal } = App.useApp();
  const approve = useChannelMutation('contracts.approvePayment');
  const reject = useChannelMutation('contracts.rejectPayment');
  const reverse = useChannelMutation('contracts.reversePayment');
  const save = useFileOutput('contracts.paymentForm');
  const print = usePrint('contracts.paymentForm');
  const [step, setStep] = useState<Step | null>(null);
  const labelOf = (seq: number) => instalments.find((row) => row.seq === seq)?.label ?? `第 ${seq} 期`;
  const what = (payment: Payment) => `${labelOf(payment.instalmentSeq)} ${formatYuan(payment.amountFen)} 元`;

  const askApprove = async (payment: Payment) => {
    const confirmed = await confirmPosting(modal, {
      title: `审核通过付款 ${what(payment)}？`,
      content: `凭证号 ${payment.voucherNo}，申请人 ${payment.requestedBy}。审核通过后即记为已付款，只能冲销不能修改。`,
      okText: '审核通过',
      okTestId: 'payment-approve-ok',
    });
    if (!confirmed) return;
    try {
      await approve.mutateAsync({ id: payment.id });
      void message.success('已审核通过付款');
    } catch (error) {
      void message.error(toApiError(error).message);
    }
  };

  const columns: ColumnsType<Payment> = [
    { title: '付款日期', dataIndex: 'date', width: 104 },
    { title: '分期', dataIndex: 'instalmentSeq', render: labelOf },
    { title: '金额（元）', dataIndex: 'amountFen', width: 130, align: 'right', render: yuanCell },
    { title: '凭证号', dataIndex: 'voucherNo', width: 110 },
    {
      title: '状态',
      dataIndex: 'status',
      width: 84,
      render: (status: Payment['status'], row) => (
        <PaymentStatusTag status={status} reversal={row.reversesId !== null} />
      ),
    },
    { title: '申请人', dataIndex: 'requestedBy', width: 84 },
    {
      title: '审核',
      key: 'decided',
      render: (_v, row) =>
        row.decidedBy
          ? `${row.decidedBy}${row.rejectedReason ? `（退回：${row.rejectedReason}）` : ''}`
          : '—',
    },
    {
      title: '操作',
      key: 'actions',
      width: 250,
      render: (_v, row) => (
        <Space size={4} wrap>
          {row.status === 'requested' && (
            <>
              <ChannelButton
                channel="contracts.approvePayment"
                size="small"
                type="primary"
                onClick={() => void askApprove(row)}
                data-testid={`payment-approve-${row.id}`}
              >
                审核
              </ChannelButton>
              <ChannelButton
                channel="contracts.rejectPayment"
                size="small"
                onClick={() => setStep({ kind: 'reject', payment: row })}
                data-testid={`payment-reject-${row.id}`}
              >
                退回
              </ChannelButton>
            </>
          )}
          {row.status === 'paid' && row.reversesId === null && row.reversedById === null && (
            <ChannelButton
              channel="contracts.reversePayment"
              size="small"
              danger
              onClick={() => setStep({ kind: 'reverse', payment: row })}
              data-testid={`payment-reverse-${row.id}`}
            >
              冲销
            </ChannelButton>
          )}
          <Button
            size="small"
            icon={<PrinterOutlined />}
            onClick={() => (canPrint() ? print.mutate({ id: row.id }) : save.mutate({ id: row.id }))}
            data-testid={`payment-print-${row.id}`}
          >
            审批单
          </Button>
        </Space>
      ),
    },
  ];

  return (
    <>
      <Table<Payment>
        rowKey="id"
        size="small"
        columns={columns}
        dataSource={payments}
        pagination={false}
        locale={{ emptyText: '尚无付款记录' }}
        data-testid="contract-payments"
      />
      {step?.kind === 'reject' && (
        <RejectPaymentModal
          paymentId={step.payment.id}
          what={what(step.payment)}
          onCancel={() => setStep(null)}
          onSubmit={async (input) => {
            await reject.mutateAsync(input);
            setStep(null);
            void message.success('已退回付款申请');
          }}
        />
      )}
      {step?.kind === 'reverse' && (
        <ReversePaymentModal
          paymentId={step.payment.id}
          what={what(step.payment)}
          onCancel={() => setStep(null)}
          onSubmit={async (input) => {
            const confirmed = await confirmPosting(modal, {
              title: `冲销付款 ${what(step.payment)}？`,
              content: `将以凭证号 ${input.voucherNo} 记一笔负数付款，冲销后不能恢复。`,
              okText: '确认冲销',
              okTestId: 'payment-reverse-ok',
            });
            if (!confirmed) return;
            await reverse.mutateAsync(input);
            setStep(null);
            void message.success('已冲销付款');
          }}
        />
      )}
    </>
  );
}
