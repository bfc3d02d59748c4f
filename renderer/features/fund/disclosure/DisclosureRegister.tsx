// 信息公开登记簿: the notices recorded as posted in the year, newest first: what (a quarter, the year's
// report, a project's update or closing), from which day and for how many working days, and when it was
// recorded. A row never changes; a wrong one stays beside the right one.
import { Card, Table } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import {
  disclosureKindLabels,
  disclosureKinds,
  type DisclosureRecord,
} from '../../../../shared/features/fund/disclosure/contract';
import { formatDateTime } from '../../../ui/format';
import { PageState } from '../../../ui/PageState';
import { quarterLabel } from './disclosure-periods';
import { useDisclosures } from './queries';

/** What a row is about: 2026年第4季度, 2026年度, or the project's number and title. */
export function disclosureSubjectText(record: DisclosureRecord): string {
  if (record.projectNumber !== null) return `${record.projectNumber} ${record.projectTitle ?? ''}`;
  return record.quarter === null ? `${record.year}年度` : quarterLabel(record.year, record.quarter);
}

const columns: ColumnsType<DisclosureRecord> = [
  {
    title: '公开类型',
    dataIndex: 'kindLabel',
    key: 'kind',
    width: 130,
    filters: disclosureKinds.map((kind) => ({ text: disclosureKindLabels[kind], value: kind })),
    onFilter: (value, row) => row.kind === value,
  },
  { title: '公开内容', key: 'subject', ellipsis: true, render: (_, row) => disclosureSubjectText(row) },
  {
    title: '公示开始日期',
    dataIndex: 'publishedOn',
    key: 'publishedOn',
    width: 130,
    sorter: (a, b) => a.publishedOn.localeCompare(b.publishedOn),
  },
  { title: '公示期', key: 'workingDays', width: 110, render: (_, row) => `${row.workingDays} 个工作日` },
  {
    title: '登记时间',
    dataIndex: 'createdAt',
    key: 'createdAt',
    width: 170,
    render: (iso: string) => formatDateTime(iso),
  },
];

export function DisclosureRegister({ year }: { year: number }) {
  const register = useDisclosures(year);
  return (
    <Card size="small" title={`${year}年信息公开登记簿`} data-testid="fund-disclosure-register">
      {register.isError && <PageState state="error" error={register.error} />}
      <Table
        size="small"
        rowKey="id"
        columns={columns}
        dataSource={register.data ?? []}
        loading={register.isFetching}
        pagination={{ pageSize: 10, hideOnSinglePage: true, showTotal: (total) => `共 ${total} 条` }}
        locale={{ emptyText: '本年度还没有登记张贴的公示' }}
        onRow={(row) => ({ 'data-testid': `fund-disclosure-record-${row.id}` }) as object}
      />
    </Card>
  );
}
