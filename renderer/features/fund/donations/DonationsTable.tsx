// The donations' table (捐赠 list, donor page, 票据登记簿): date, donor, amount, channel, designation, voucher,
// 票据, with 登记票据 and 退还 on a posted donation, and on the 捐赠 list the 确认书 cell.
import { Button, Space, Table, Tag, Typography } from 'antd';
import type { TablePaginationConfig } from 'antd';
import type { ReactNode } from 'react';
import { formatYuan } from '../../../../shared/domain/money';
import { donationChannelLabels, type Donation } from '../../../../shared/features/fund/donations/contract';
import { useChannelAccess } from '../../../ui/signed-in';
import { rowTestId } from '../../../ui/test-ids';

/** A long designation's tag stays within its cell, cut with an ellipsis. */
const oneLineTag = {
  maxWidth: '100%',
  overflow: 'hidden',
  textOverflow: 'ellipsis',
  verticalAlign: 'middle',
};

const voucherStateLabels = { draft: '草稿', submitted: '待审核', posted: '已过账' } as const;

export function DonationsTable({
  rows,
  loading,
  pagination,
  onReceipt,
  onRefund,
  highlight,
  acknowledgementCell,
}: {
  rows: Donation[];
  loading: boolean;
  pagination: TablePaginationConfig | false;
  onReceipt?: (donation: Donation) => void;
  /** 捐赠退回: offered while some of a posted donation is not yet refunded. */
  onRefund?: (donation: Donation) => void;
  /** Donations to mark (duplicate 票据). */
  highlight?: ReadonlySet<number>;
  /** The 捐赠确认书 column (the acknowledgements slice's cell), where the page offers it. */
  acknowledgementCell?: (donation: Donation) => ReactNode;
}) {
  const receiptAccess = useChannelAccess('fund.recordReceipt');
  const refundAccess = useChannelAccess('fund.refundDonation');
  return (
    <Table<Donation>
      rowKey="id"
      size="small"
      loading={loading}
      dataSource={rows}
      pagination={pagination}
      onRow={(row) => ({
        ...rowTestId(`fund-donation-row-${row.id}`),
        style: highlight?.has(row.id) ? { background: '#fff1f0' } : undefined,
      })}
      columns={[
        { key: 'date', title: '日期', dataIndex: 'date', width: 105 },
        {
          key: 'donor',
          title: '捐赠人',
          ellipsis: true,
          render: (_, row) =>
            row.publishedName && row.publishedName !== row.donorName
              ? `${row.donorName}（公示：${row.publishedName}）`
              : row.donorName,
        },
        {
          key: 'amount',
          title: '金额（元）',
          align: 'right',
          width: 125,
          render: (_, row) => (
            <>
              {formatYuan(row.amountFen)}
              {row.refundedFen > 0 && (
                <div>
                  <Typography.Text type="secondary">已退 {formatYuan(row.refundedFen)}</Typography.Text>
                </div>
              )}
            </>
          ),
        },
        { key: 'channel', title: '方式', width: 84, render: (_, row) => donationChannelLabels[row.channel] },
        {
          key: 'designation',
          title: '限定用途',
          ellipsis: true,
          render: (_, row) =>
            row.designationId === null ? (
              <Tag>非限定性</Tag>
            ) : (
              <Tag color="purple" title={row.designationName} style={oneLineTag}>
                {row.designationName}
              </Tag>
            ),
        },
        {
          key: 'voucher',
          title: '凭证',
          width: 170,
          render: (_, row) =>
            row.voucherState === null
              ? '—'
              : `${row.voucherNumber ?? ''} ${voucherStateLabels[row.voucherState]}`.trim(),
        },
        {
          key: 'receipt',
          title: '票据',
          width: 160,
          ellipsis: true,
          render: (_, row) =>
            row.receipt ? (
              `${row.receipt.code}-${row.receipt.number}`
            ) : row.voucherState === 'posted' ? (
              <Tag color="gold">待开票</Tag>
            ) : (
              '—'
            ),
        },
        ...(acknowledgementCell
          ? [
              {
                key: 'acknowledgement',
                title: '确认书',
                width: 200,
                render: (_: unknown, row: Donation) => acknowledgementCell(row),
              },
            ]
          : []),
        ...(onReceipt
          ? [
              {
                key: 'action',
                title: '操作',
                width: onRefund ? 150 : 100,
                render: (_: unknown, row: Donation) =>
                  row.voucherState === 'posted' && (
                    <Space size={4}>
                      <Button
                        size="small"
                        disabled={!receiptAccess.allowed}
                        title={receiptAccess.refusal}
                        onClick={() => onReceipt(row)}
                        data-testid={`fund-donation-receipt-${row.id}`}
                      >
                        {row.receipt ? '更正票据' : '登记票据'}
                      </Button>
                      {onRefund && row.refundedFen < row.amountFen && (
                        <Button
                          size="small"
                          disabled={!refundAccess.allowed}
                          title={refundAccess.refusal}
                          onClick={() => onRefund(row)}
                          data-testid={`fund-donation-refund-${row.id}`}
                        >
                          退还
                        </Button>
                      )}
                    </Space>
                  ),
              },
            ]
          : []),
      ]}
    />
  );
}
