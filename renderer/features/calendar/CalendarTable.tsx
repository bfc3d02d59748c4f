// A year's holiday arrangements: the State Council's (内置) and the office's own entries (本单位), which
// take precedence date by date.
import { Button, Table, Tag } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import {
  calendarKindLabels,
  calendarKinds,
  type CalendarEntry,
  type CalendarKind,
} from '../../../shared/features/calendar/contract';
import { dateWithWeekday } from '../../ui/format';
import { tableComponents } from '../../ui/table-header';

const kindColors: Record<CalendarKind, string> = { holiday: 'red', workday: 'blue', normal: 'default' };

export interface CalendarTableProps {
  entries: CalendarEntry[];
  loading: boolean;
  onEdit: (entry: CalendarEntry) => void;
}

export function CalendarTable({ entries, loading, onEdit }: CalendarTableProps) {
  const columns: ColumnsType<CalendarEntry> = [
    {
      title: '日期',
      dataIndex: 'date',
      defaultSortOrder: 'ascend',
      sorter: (a, b) => a.date.localeCompare(b.date),
      render: dateWithWeekday,
    },
    {
      title: '类型',
      dataIndex: 'kind',
      filters: calendarKinds.map((kind) => ({ text: calendarKindLabels[kind], value: kind })),
      onFilter: (value, entry) => entry.kind === value,
      render: (kind: CalendarKind) => <Tag color={kindColors[kind]}>{calendarKindLabels[kind]}</Tag>,
    },
    {
      title: '名称',
      dataIndex: 'name',
      sorter: (a, b) => a.name.localeCompare(b.name, 'zh-CN'),
      render: (name: string) => name || '—',
    },
    {
      title: '来源',
      dataIndex: 'source',
      filters: [
        { text: '内置', value: 'shipped' },
        { text: '本单位', value: 'office' },
      ],
      onFilter: (value, entry) => entry.source === value,
      render: (source: CalendarEntry['source']) =>
        source === 'office' ? <Tag color="gold">本单位</Tag> : <Tag>内置</Tag>,
    },
    {
      title: '操作',
      key: 'actions',
      width: 80,
      render: (_, entry) => (
        <Button size="small" onClick={() => onEdit(entry)} data-testid={`calendar-edit-${entry.date}`}>
          修改
        </Button>
      ),
    },
  ];
  return (
    <Table<CalendarEntry>
      components={tableComponents}
      data-testid="calendar-table"
      rowKey="date"
      size="small"
      loading={loading}
      columns={columns}
      dataSource={entries}
      onRow={(entry) => ({ 'data-testid': `calendar-row-${entry.date}`, onDoubleClick: () => onEdit(entry) })}
      pagination={{ defaultPageSize: 20, showSizeChanger: true, showTotal: (total) => `共 ${total} 天` }}
      locale={{ emptyText: '该年度没有节假日安排' }}
    />
  );
}
