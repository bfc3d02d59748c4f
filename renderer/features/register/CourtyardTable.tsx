// The courtyards (院落) of one community: name, type, status, and per-row 编辑 / 归档 / 恢复.
import { Button, Space, Table, Tag } from 'antd';
import { useChannelAccess } from '../../ui/signed-in';
import type { ColumnsType } from 'antd/es/table';
import {
  courtyardTypeLabels,
  type Courtyard,
  type CourtyardType,
} from '../../../shared/features/register/contract';
import { courtyardTypeOptions } from './CourtyardFormModal';
import { tableComponents } from '../../ui/table-header';

export interface CourtyardTableProps {
  courtyards: Courtyard[];
  busyId: number | null;
  onEdit: (courtyard: Courtyard) => void;
  onArchive: (courtyard: Courtyard) => void;
  onRestore: (courtyard: Courtyard) => void;
}

export function CourtyardTable({ courtyards, busyId, onEdit, onArchive, onRestore }: CourtyardTableProps) {
  const { refusal } = useChannelAccess('courtyards.update');
  const columns: ColumnsType<Courtyard> = [
    { title: '名称', dataIndex: 'name', sorter: (a, b) => a.name.localeCompare(b.name, 'zh-CN') },
    {
      title: '类型',
      dataIndex: 'type',
      filters: courtyardTypeOptions.map((option) => ({ text: option.label, value: option.value })),
      onFilter: (value, row) => row.type === value,
      sorter: (a, b) => a.type.localeCompare(b.type),
      render: (type: CourtyardType) => courtyardTypeLabels[type],
    },
    {
      title: '状态',
      dataIndex: 'status',
      filters: [
        { text: '在册', value: 'active' },
        { text: '已归档', value: 'archived' },
      ],
      onFilter: (value, row) => row.status === value,
      render: (status: Courtyard['status']) =>
        status === 'active' ? <Tag color="blue">在册</Tag> : <Tag>已归档</Tag>,
    },
    {
      title: '操作',
      key: 'actions',
      width: 180,
      render: (_, courtyard) => (
        <Space size="small">
          <Button
            size="small"
            onClick={() => onEdit(courtyard)}
            disabled={refusal !== undefined}
            title={refusal}
            data-testid={`courtyard-edit-${courtyard.id}`}
          >
            编辑
          </Button>
          {courtyard.status === 'active' ? (
            <Button
              size="small"
              loading={busyId === courtyard.id}
              onClick={() => onArchive(courtyard)}
              disabled={refusal !== undefined}
              title={refusal}
              data-testid={`courtyard-archive-${courtyard.id}`}
            >
              归档
            </Button>
          ) : (
            <Button
              size="small"
              loading={busyId === courtyard.id}
              onClick={() => onRestore(courtyard)}
              disabled={refusal !== undefined}
              title={refusal}
              data-testid={`courtyard-restore-${courtyard.id}`}
            >
              恢复
            </Button>
          )}
        </Space>
      ),
    },
  ];
  return (
    <Table<Courtyard>
      components={tableComponents}
      data-testid="courtyard-table"
      rowKey="id"
      size="small"
      columns={columns}
      dataSource={courtyards}
      pagination={{ defaultPageSize: 10, hideOnSinglePage: true, showSizeChanger: true }}
      locale={{ emptyText: '尚未登记院落' }}
    />
  );
}
