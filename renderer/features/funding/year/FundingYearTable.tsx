// The year's funding, one row per community: households, each category's allocated amount (「待录入」
// while an amount is still missing), totals, disbursed, remaining and execution rate; the office's
// totals in the summary row.
import { Table, Tag, Tooltip, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { Link } from 'react-router';
import {
  fundingCategories,
  fundingCategoryLabels,
  type AllocationStatus,
  type CommunityFundingRow,
  type FundingCategory,
  type FundingYear,
} from '../../../../shared/features/funding/contract';
import { formatYuan } from '../../../../shared/domain/money';
import { compareNullable, formatCount } from '../../../ui/format';
import { executionPercent, formatRate } from '../funding-format';
import { RegisterChangeTag } from './RegisterChange';
import { tableComponents } from '../../../ui/table-header';

export interface FundingYearTableProps {
  funding: FundingYear;
  loading: boolean;
  onOpen: (communityId: number) => void;
}

function categoryAmount(row: CommunityFundingRow, category: FundingCategory): number | null {
  return row.missing.includes(category) ? null : (row.lines[category]?.allocatedFen ?? null);
}

function categoryCell(row: CommunityFundingRow, category: FundingCategory, status: AllocationStatus) {
  if (status === 'none') return '—';
  const line = row.lines[category];
  if (!line) {
    // Not part of this year's computation (no yearly profile when the year was computed).
    return (
      <Tag
        data-testid={`funding-uncomputed-${row.communityId}-${category}`}
        title="计算时该社区没有本年度情况"
      >
        未测算
      </Tag>
    );
  }
  if (row.missing.includes(category)) {
    return (
      <Tag color="red" data-testid={`funding-missing-${row.communityId}-${category}`}>
        待录入
      </Tag>
    );
  }
  const text = formatYuan(line.allocatedFen);
  if (line.adjustmentsFen === 0 && line.overrideReason === '') return text;
  const notes = [
    line.overrideReason !== '' ? `已调整核定金额：${line.overrideReason}` : '',
    line.adjustmentsFen !== 0 ? `含审批后调整 ${formatYuan(line.adjustmentsFen)} 元` : '',
  ].filter(Boolean);
  return (
    <Tooltip title={notes.join('；')}>
      <span style={{ borderBottom: '1px dashed #999' }}>{text}</span>
    </Tooltip>
  );
}

function columnsOf(funding: FundingYear): ColumnsType<CommunityFundingRow> {
  const money = (fen: number) => formatYuan(fen);
  return [
    {
      title: '社区',
      dataIndex: 'communityName',
      sorter: (a, b) => a.communityName.localeCompare(b.communityName, 'zh-CN'),
      filters: [
        { text: '有待录入项目', value: 'missing' },
        { text: '已全部核定', value: 'complete' },
      ],
      onFilter: (value, row) => (value === 'missing') === row.missing.length > 0,
      render: (name: string, row) => (
        <Link
          to={`/funding/${funding.year}/community/${row.communityId}`}
          onClick={(event) => event.stopPropagation()}
          data-testid={`funding-community-link-${row.communityId}`}
        >
          {name}
        </Link>
      ),
    },
    {
      title: '总户数',
      dataIndex: 'totalHouseholds',
      align: 'right',
      sorter: (a, b) => compareNullable(a.totalHouseholds, b.totalHouseholds),
      render: (households: number | null, row) => (
        <>
          {households === null ? '未填报' : formatCount(households)}
          <RegisterChangeTag row={row} />
        </>
      ),
    },
    ...fundingCategories.map((category) => ({
      title: fundingCategoryLabels[category],
      key: category,
      align: 'right' as const,
      sorter: (a: CommunityFundingRow, b: CommunityFundingRow) =>
        compareNullable(categoryAmount(a, category), categoryAmount(b, category)),
      render: (_: unknown, row: CommunityFundingRow) => categoryCell(row, category, funding.status),
    })),
    {
      title: '应拨合计',
      dataIndex: 'allocatedFen',
      align: 'right',
      sorter: (a, b) => a.allocatedFen - b.allocatedFen,
      render: money,
    },
    {
      title: '已拨付',
      dataIndex: 'disbursedFen',
      align: 'right',
      sorter: (a, b) => a.disbursedFen - b.disbursedFen,
      render: money,
    },
    {
      title: '未拨付',
      dataIndex: 'remainingFen',
      align: 'right',
      sorter: (a, b) => a.remainingFen - b.remainingFen,
      render: money,
    },
    {
      title: '执行率',
      key: 'rate',
      align: 'right',
      sorter: (a, b) =>
        compareNullable(
          executionPercent(a.disbursedFen, a.allocatedFen),
          executionPercent(b.disbursedFen, b.allocatedFen),
        ),
      render: (_, row) => formatRate(row.disbursedFen, row.allocatedFen),
    },
  ];
}

function SummaryRow({ funding }: { funding: FundingYear }) {
  const { totals, rows } = funding;
  const households = rows.reduce((sum, row) => sum + (row.totalHouseholds ?? 0), 0);
  const cells = [
    formatCount(households),
    ...fundingCategories.map((category) => formatYuan(totals.byCategory[category])),
    formatYuan(totals.allocatedFen),
    formatYuan(totals.disbursedFen),
    formatYuan(totals.remainingFen),
    formatRate(totals.disbursedFen, totals.allocatedFen),
  ];
  const testIds = ['households', ...fundingCategories, 'allocated', 'disbursed', 'remaining', 'rate'];
  return (
    <Table.Summary fixed>
      <Table.Summary.Row>
        <Table.Summary.Cell index={0}>
          <Typography.Text strong>合计（{rows.length} 个社区）</Typography.Text>
        </Table.Summary.Cell>
        {cells.map((text, index) => (
          <Table.Summary.Cell key={testIds[index]} index={index + 1} align="right">
            <Typography.Text strong data-testid={`funding-total-${testIds[index]}`}>
              {text}
            </Typography.Text>
          </Table.Summary.Cell>
        ))}
      </Table.Summary.Row>
    </Table.Summary>
  );
}

export function FundingYearTable({ funding, loading, onOpen }: FundingYearTableProps) {
  return (
    <Table<CommunityFundingRow>
      components={tableComponents}
      data-testid="funding-table"
      rowKey="communityId"
      size="middle"
      columns={columnsOf(funding)}
      dataSource={funding.rows}
      loading={loading}
      onRow={(row) => ({
        onClick: () => onOpen(row.communityId),
        style: { cursor: 'pointer' },
        'data-testid': `funding-row-${row.communityId}`,
      })}
      pagination={{
        defaultPageSize: 20,
        showSizeChanger: true,
        pageSizeOptions: [10, 20, 50, 100],
        hideOnSinglePage: false,
        showTotal: (total) => `共 ${total} 个社区`,
      }}
      locale={{ emptyText: '没有在册社区' }}
      summary={() => <SummaryRow funding={funding} />}
    />
  );
}
