// 购买服务经费: what each community's approved purchased-services allocation has committed to signed
// contracts, what is paid and what is left — a card on one community's funding page, a table on the
// funding dashboard.
import { Alert, Card, Space, Statistic, Table } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { Link } from 'react-router';
import type { PurchasedServicesBudget } from '../../../../shared/features/contracts/contract';
import { formatYuan } from '../../../../shared/domain/money';
import { PageState } from '../../../ui/PageState';
import { yuanCell } from '../contract-format';
import { usePurchasedServicesBudget } from '../queries';

const yuan = (fen: number | null) => (fen === null ? '—' : formatYuan(fen));

export function PurchasedServicesBudgetCard({ year, communityId }: { year: number; communityId: number }) {
  const budget = usePurchasedServicesBudget(year, communityId);
  const row = budget.data?.[0];
  return (
    <Card
      size="small"
      title="购买服务经费执行"
      extra={<Link to="/contracts">查看合同</Link>}
      data-testid="purchased-services-budget"
    >
      {budget.isError && <PageState state="error" error={budget.error} />}
      {budget.isPending && <PageState state="loading" />}
      {row && (
        <Space orientation="vertical" style={{ width: '100%' }}>
          <Space size="large" wrap>
            <Statistic title="核定（元）" value={yuan(row.allocatedFen)} />
            <Statistic title="已签合同（元）" value={yuan(row.committedFen)} />
            <Statistic title="已付（元）" value={yuan(row.paidFen)} />
            <Statistic title="可用余额（元）" value={yuan(row.remainingFen)} />
            <Statistic title="合同数" value={row.contracts} />
          </Space>
          {row.allocatedFen === null && (
            <Alert type="info" showIcon title={`${year} 年核定尚未审批，签订合同时无法核对可用余额。`} />
          )}
          {row.remainingFen !== null && row.remainingFen < 0 && (
            <Alert type="error" showIcon title={`已签合同超出核定 ${formatYuan(-row.remainingFen)} 元`} />
          )}
        </Space>
      )}
    </Card>
  );
}

const columns: ColumnsType<PurchasedServicesBudget> = [
  { title: '社区', dataIndex: 'communityName' },
  { title: '核定（元）', dataIndex: 'allocatedFen', align: 'right', render: yuanCell },
  { title: '已签合同（元）', dataIndex: 'committedFen', align: 'right', render: yuanCell },
  { title: '已付（元）', dataIndex: 'paidFen', align: 'right', render: yuanCell },
  { title: '可用余额（元）', dataIndex: 'remainingFen', align: 'right', render: yuanCell },
  { title: '合同数', dataIndex: 'contracts', align: 'right' },
];

const sum = (rows: PurchasedServicesBudget[], pick: (row: PurchasedServicesBudget) => number | null) =>
  rows.reduce((total, row) => total + (pick(row) ?? 0), 0);

export function PurchasedServicesBudgetTable({ year }: { year: number }) {
  const budget = usePurchasedServicesBudget(year);
  if (budget.isError) return <PageState state="error" error={budget.error} />;
  const rows = budget.data ?? [];
  return (
    <Card size="small" title={`${year} 年购买服务经费执行`} data-testid="purchased-services-budget-table">
      <Table<PurchasedServicesBudget>
        rowKey="communityId"
        size="small"
        columns={columns}
        dataSource={rows}
        loading={budget.isPending}
        pagination={false}
        locale={{ emptyText: '没有购买服务经费' }}
        summary={() =>
          rows.length > 0 && (
            <Table.Summary.Row>
              <Table.Summary.Cell index={0}>合计</Table.Summary.Cell>
              <Table.Summary.Cell index={1} align="right">
                {yuanCell(sum(rows, (r) => r.allocatedFen))}
              </Table.Summary.Cell>
              <Table.Summary.Cell index={2} align="right">
                {yuanCell(sum(rows, (r) => r.committedFen))}
              </Table.Summary.Cell>
              <Table.Summary.Cell index={3} align="right">
                {yuanCell(sum(rows, (r) => r.paidFen))}
              </Table.Summary.Cell>
              <Table.Summary.Cell index={4} align="right">
                {yuanCell(sum(rows, (r) => r.remainingFen))}
              </Table.Summary.Cell>
              <Table.Summary.Cell index={5} align="right">
                {sum(rows, (r) => r.contracts)}
              </Table.Summary.Cell>
            </Table.Summary.Row>
          )
        }
      />
    </Card>
  );
}
