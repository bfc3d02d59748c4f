// A community's adjustments after approval: signed amounts with their reasons, and the net total.
import { Table, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { fundingCategoryLabels, type Adjustment, type FundingCategory } from '../../../../shared/features/funding/contract';
import { formatYuan } from '../../../../shared/domain/money';
import { formatDateTime } from '../../../ui/format';
import { rowTestId } from '../../../ui/test-ids';
import { tableComponents } from '../../../ui/table-header';

export interface AdjustmentTableProps {
  adjustments: Adjustment[];
  categoryOfLine: Map<number, FundingCategory>;
}

export function AdjustmentTable({ adjustments, categoryOfLine }: AdjustmentTableProps) {
  const columns: ColumnsType<Adjustment> = [
    {
      title: '日期',
      dataIndex: 'date',
      width: 110,
      defaultSortOrder: 'ascend',
      sorter: (a, b) => a.date.localeCompare(b.date) || a.id - b.id,
    },
    {
      title: '项目',
      key: 'category',
      filters: [...new Set(categoryOfLine.values())].map((category) => ({
        text: fundingCategoryLabels[category],
        value: category,
      })),
      onFilter: (value, row) => categoryOfLine.get(row.lineId) === value,
      render: (_, row) => {
        const category = categoryOfLine.get(row.lineId);
        return category ? fundingCategoryLabels[category] : '—';
      },
    },
    {
      title: '调整金额',
      dataIndex: 'amountFen',
      align: 'right',
      sorter: (a, b) => a.amountFen - b.amountFen,
      render: (fen: number) => (
        <Typography.Text
          type={fen < 0 ? 'danger' : undefined}
        >{`${fen > 0 ? '+' : ''}${formatYuan(fen)}`}</Typography.Text>
      ),
    },
    { title: '理由', dataIndex: 'reason' },
    { title: '录入', key: 'actor', render: (_, row) => `${row.actor} ${formatDateTime(row.createdAt)}` },
  ];
  const net = adjustments.reduce((sum, row) => sum + row.amountFen, 0);
  return (
    <Table<Adjustment>
      components={tableComponents}
      data-testid="adjustment-table"
      rowKey="id"
      size="small"
      columns={columns}
      dataSource={adjustments}
      onRow={(row) => rowTestId(`adjustment-row-${row.id}`)}
      pagination={{ defaultPageSize: 10, showSizeChanger: true, showTotal: (total) => `共 ${total} 笔` }}
      locale={{ emptyText: '尚无调整' }}
      summary={() => (
        <Table.Summary fixed>
          <Table.Summary.Row>
            <Table.Summary.Cell index={0} colSpan={2}>
              <Typography.Text strong>调整合计</Typography.Text>
            </Table.Summary.Cell>
            <Table.Summary.Cell index={2} align="right">
              <Typography.Text strong data-testid="adjustment-total">
                {formatYuan(net)}
              </Typography.Text>
            </Table.Summary.Cell>
            <Table.Summary.Cell index={3} colSpan={2} />
          </Table.Summary.Row>
        </Table.Summary>
      )}
    />
  );
}
