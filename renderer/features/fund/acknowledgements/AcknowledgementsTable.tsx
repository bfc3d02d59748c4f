// The register's table (捐赠确认书登记簿): number, donor, amount, designation, dates, 有效/作废 with the
// void reason, how often printed, and 打印 / 作废 on a valid one. Paged by the caller (on the server); the
// page's rows sort and filter here.
import { PrinterOutlined } from '@ant-design/icons';
import { Button, Space, Table, Tag, Typography } from 'antd';
import type { TablePaginationConfig } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { formatYuan } from '../../../../shared/domain/money';
import {
  acknowledgementStateLabels,
  type Acknowledgement,
  type AcknowledgementState,
} from '../../../../shared/features/fund/acknowledgements/contract';
import { ChannelButton } from '../../../ui/signed-in';
import { tableComponents } from '../../../ui/table-header';
import { rowTestId } from '../../../ui/test-ids';

export interface AcknowledgementActions {
  onPrint: (acknowledgement: Acknowledgement) => void;
  onVoid: (acknowledgement: Acknowledgement) => void;
  printing: boolean;
}

function columns(actions: AcknowledgementActions): ColumnsType<Acknowledgement> {
  return [
    {
      key: 'number',
      title: '编号',
      dataIndex: 'number',
      width: 130,
      sorter: (a, b) => a.year - b.year || a.seq - b.seq,
    },
    { key: 'donor', title: '捐赠人', dataIndex: 'donorName', ellipsis: true },
    {
      key: 'amount',
      title: '金额（元）',
      align: 'right',
      width: 120,
      sorter: (a, b) => a.amountFen - b.amountFen,
      render: (_, row) => formatYuan(row.amountFen),
    },
    { key: 'designation', title: '用途', dataIndex: 'designationText', ellipsis: true },
    { key: 'donationDate', title: '捐赠日期', dataIndex: 'donationDate', width: 105 },
    {
      key: 'issuedOn',
      title: '出具日期',
      dataIndex: 'issuedOn',
      width: 105,
      sorter: (a, b) => a.issuedOn.localeCompare(b.issuedOn),
    },
    {
      key: 'state',
      title: '状态',
      width: 200,
      filters: (['valid', 'voided'] as AcknowledgementState[]).map((state) => ({
        text: acknowledgementStateLabels[state],
        value: state,
      })),
      onFilter: (value, row) => row.state === value,
      render: (_, row) =>
        row.state === 'voided' ? (
          <span data-testid={`fund-ack-state-${row.id}`}>
            <Tag color="red">作废</Tag>
            <Typography.Text type="secondary">{row.voidReason}</Typography.Text>
          </span>
        ) : (
          <Tag color="green" data-testid={`fund-ack-state-${row.id}`}>
            有效
          </Tag>
        ),
    },
    {
      key: 'printed',
      title: '打印次数',
      width: 86,
      align: 'right',
      sorter: (a, b) => a.printedCount - b.printedCount,
      render: (_, row) => <span data-testid={`fund-ack-printed-${row.id}`}>{row.printedCount}</span>,
    },
    {
      key: 'action',
      title: '操作',
      width: 140,
      render: (_, row) =>
        row.state === 'valid' && (
          <Space size={4}>
            <Button
              size="small"
              icon={<PrinterOutlined />}
              loading={actions.printing}
              onClick={() => actions.onPrint(row)}
              data-testid={`fund-ack-print-${row.id}`}
            >
              {row.printedCount > 0 ? '补打' : '打印'}
            </Button>
            <ChannelButton
              channel="fund.voidAcknowledgement"
              size="small"
              danger
              onClick={() => actions.onVoid(row)}
              data-testid={`fund-ack-void-${row.id}`}
            >
              作废
            </ChannelButton>
          </Space>
        ),
    },
  ];
}

export function AcknowledgementsTable({
  rows,
  loading,
  pagination,
  actions,
}: {
  rows: Acknowledgement[];
  loading: boolean;
  pagination: TablePaginationConfig;
  actions: AcknowledgementActions;
}) {
  return (
    <Table<Acknowledgement>
      rowKey="id"
      size="small"
      loading={loading}
      components={tableComponents}
      columns={columns(actions)}
      dataSource={rows}
      pagination={pagination}
      locale={{ emptyText: '尚未开具捐赠确认书' }}
      onRow={(row) => rowTestId(`fund-ack-row-${row.id}`)}
      data-testid="fund-ack-register"
    />
  );
}
