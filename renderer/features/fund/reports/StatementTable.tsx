// A statement's rows (业务活动表, 资产负债表): labels with section headings, amounts right-aligned.
import { Table } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { rowTestId } from '../../../ui/test-ids';
import { yuanCell } from './fund-report-format';
import { moneyColumn } from './ReportFrame';

export interface StatementRowBase {
  key: string;
  label: string;
  heading: boolean;
}

export function StatementTable<Row extends StatementRowBase>({
  rows,
  amounts,
  labelTitle,
  loading,
  testId,
}: {
  rows: Row[];
  amounts: { key: keyof Row & string; title: string }[];
  labelTitle: string;
  loading: boolean;
  testId: string;
}) {
  const columns: ColumnsType<Row> = [
    {
      key: 'label',
      title: labelTitle,
      render: (_, row) => (
        <span style={{ fontWeight: row.heading ? 600 : 400, paddingLeft: row.heading ? 0 : 16 }}>
          {row.label}
        </span>
      ),
    },
    ...amounts.map(({ key, title }) => ({
      ...moneyColumn,
      key,
      title,
      width: 140,
      render: (_: unknown, row: Row) => (row.heading ? '' : yuanCell(row[key] as number)),
    })),
  ];
  return (
    <Table<Row>
      rowKey="key"
      size="small"
      bordered
      loading={loading}
      dataSource={rows}
      pagination={false}
      columns={columns}
      onRow={(row) => rowTestId(`${testId}-${row.key}`)}
    />
  );
}
