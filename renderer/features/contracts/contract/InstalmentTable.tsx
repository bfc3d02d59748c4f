// 分期付款: each instalment with what it allows (its amount, or × the grade's coefficient once evaluated),
// what is paid and pending, what remains and whether it may be paid now; 申请付款 on a payable one.
import { Table, Tag } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import {
  instalmentGateLabels,
  scoreText,
  type InstalmentPayability,
  type InstalmentStatus,
} from '../../../../shared/features/contracts/contract';
import { ChannelButton } from '../../../ui/signed-in';
import { yuanCell } from '../contract-format';

const payabilityLabels: Record<InstalmentPayability, { text: string; color: string }> = {
  payable: { text: '可付款', color: 'green' },
  awaiting_evaluation: { text: '待评价', color: 'gold' },
  evaluation_failed: { text: '评价未通过', color: 'red' },
  settled: { text: '已结清', color: 'default' },
};

export interface InstalmentTableProps {
  instalments: InstalmentStatus[];
  /** Why no payment may be requested on this contract now (its state), null when it may. */
  payRefusal: string | null;
  onRequest: (seq: number) => void;
}

export function InstalmentTable({ instalments, payRefusal, onRequest }: InstalmentTableProps) {
  const columns: ColumnsType<InstalmentStatus> = [
    { title: '期次', dataIndex: 'label', width: 80 },
    { title: '计划日期', dataIndex: 'plannedDate', width: 100 },
    {
      title: '付款条件',
      dataIndex: 'gate',
      render: (g: InstalmentStatus['gate']) => instalmentGateLabels[g],
    },
    {
      title: '评价',
      key: 'evaluation',
      render: (_v, row) =>
        row.evaluation
          ? `${scoreText(row.evaluation.totalTenths)} ×${row.evaluation.coefficientPercent}%`
          : '—',
    },
    { title: '金额（元）', dataIndex: 'amountFen', width: 108, align: 'right', render: yuanCell },
    { title: '可付（元）', dataIndex: 'allowedFen', width: 108, align: 'right', render: yuanCell },
    { title: '已付（元）', dataIndex: 'paidFen', width: 108, align: 'right', render: yuanCell },
    { title: '待审核（元）', dataIndex: 'pendingFen', width: 108, align: 'right', render: yuanCell },
    { title: '尚可付（元）', dataIndex: 'remainingFen', width: 108, align: 'right', render: yuanCell },
    {
      title: '状态',
      dataIndex: 'payability',
      width: 90,
      render: (p: InstalmentPayability) => (
        <Tag color={payabilityLabels[p].color}>{payabilityLabels[p].text}</Tag>
      ),
    },
    {
      title: '操作',
      key: 'actions',
      width: 96,
      render: (_v, row) => (
        <ChannelButton
          channel="contracts.requestPayment"
          size="small"
          disabled={payRefusal !== null || row.payability !== 'payable' || row.remainingFen <= 0}
          title={payRefusal ?? undefined}
          onClick={() => onRequest(row.seq)}
          data-testid={`instalment-pay-${row.seq}`}
        >
          申请付款
        </ChannelButton>
      ),
    },
  ];
  return (
    <Table<InstalmentStatus>
      rowKey="seq"
      size="small"
      columns={columns}
      dataSource={instalments}
      pagination={false}
      data-testid="contract-instalments"
    />
  );
}
