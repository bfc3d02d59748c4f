// The items of one list version. Read-only for a published version; for a draft each row carries
// 编辑 / 上移 / 下移 / 删除 (delete asks first). Shipped examples are tagged 示例.
import { ArrowDownOutlined, ArrowUpOutlined, DeleteOutlined, EditOutlined } from '@ant-design/icons';
import { Button, Input, Popconfirm, Space, Table, Tag } from 'antd';
import type { ColumnsType, ColumnType } from 'antd/es/table';
import { useMemo, useState } from 'react';
import { listItemLabels, type ListItem } from '../../../shared/features/lists/contract';
import {
  listItemFields,
  listItemTextFields,
  type ListItemField,
} from '../../../shared/features/lists/list-item-fields';
import { buttonTestId, rowTestId } from '../../ui/test-ids';
import { tableComponents } from '../../ui/table-header';

export interface ListItemEditing {
  busy: boolean;
  onEdit: (item: ListItem) => void;
  onDelete: (item: ListItem) => void;
  onMove: (item: ListItem, direction: -1 | 1) => void;
}

export interface ListItemsTableProps {
  items: ListItem[];
  loading: boolean;
  /** Present for a draft only. */
  editing?: ListItemEditing;
  testId: string;
}

const text = (value: string) => value || '—';

/** How a field's column differs from plain text; the columns stand in the one list-item field order. */
const columnLooks: Partial<Record<ListItemField, ColumnType<ListItem>>> = {
  seq: { width: 64, align: 'right', sorter: (a, b) => a.seq - b.seq, render: undefined },
  title: {
    width: 180,
    sorter: (a, b) => a.title.localeCompare(b.title, 'zh-CN'),
    render: (title: string, item) => (
      <>
        {title} {item.isSample && <Tag color="orange">示例</Tag>}
      </>
    ),
  },
  responsibleUnit: {
    width: 110,
    sorter: (a, b) => a.responsibleUnit.localeCompare(b.responsibleUnit, 'zh-CN'),
  },
  communityRole: { width: 90 },
  remarks: { width: 110 },
};

const baseColumns: ColumnsType<ListItem> = listItemFields.map((field) => ({
  title: listItemLabels[field],
  dataIndex: field,
  render: text,
  ...columnLooks[field],
}));

function actionColumn(editing: ListItemEditing, count: number): ColumnsType<ListItem>[number] {
  return {
    title: '操作',
    key: 'actions',
    width: 132,
    render: (_value, item, index) => (
      <Space size={4}>
        <Button
          type="link"
          size="small"
          icon={<EditOutlined />}
          aria-label="编辑"
          disabled={editing.busy}
          onClick={() => editing.onEdit(item)}
          data-testid={`list-item-edit-${item.id}`}
        />
        <Button
          type="link"
          size="small"
          icon={<ArrowUpOutlined />}
          aria-label="上移"
          disabled={editing.busy || index === 0 || item.seq === 1}
          onClick={() => editing.onMove(item, -1)}
          data-testid={`list-item-up-${item.id}`}
        />
        <Button
          type="link"
          size="small"
          icon={<ArrowDownOutlined />}
          aria-label="下移"
          disabled={editing.busy || item.seq === count}
          onClick={() => editing.onMove(item, 1)}
          data-testid={`list-item-down-${item.id}`}
        />
        <Popconfirm
          title={`删除事项「${item.title}」？`}
          description="删除后该事项不再出现在这份修订稿中。"
          okText="删除"
          cancelText="取消"
          okButtonProps={{ danger: true, ...buttonTestId(`list-item-delete-ok-${item.id}`) }}
          onConfirm={() => editing.onDelete(item)}
        >
          <Button
            type="link"
            size="small"
            danger
            icon={<DeleteOutlined />}
            aria-label="删除"
            disabled={editing.busy}
            data-testid={`list-item-delete-${item.id}`}
          />
        </Popconfirm>
      </Space>
    ),
  };
}

export function ListItemsTable({ items, loading, editing, testId }: ListItemsTableProps) {
  const [search, setSearch] = useState('');
  const rows = useMemo(() => {
    const needle = search.trim();
    if (needle === '') return items;
    return items.filter((item) => listItemTextFields.some((field) => item[field].includes(needle)));
  }, [items, search]);
  const columns = editing ? [...baseColumns, actionColumn(editing, items.length)] : baseColumns;
  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      <Input.Search
        allowClear
        placeholder="在事项中搜索"
        aria-label="在事项中搜索"
        value={search}
        onChange={(event) => setSearch(event.target.value)}
        style={{ width: 260 }}
        data-testid={`${testId}-search`}
      />
      <Table<ListItem>
        components={tableComponents}
        data-testid={testId}
        rowKey="id"
        size="small"
        columns={columns}
        dataSource={rows}
        loading={loading}
        onRow={(item) => rowTestId(`list-item-row-${item.id}`)}
        pagination={{ defaultPageSize: 20, showSizeChanger: true, showTotal: (total) => `共 ${total} 项` }}
        locale={{ emptyText: '没有事项' }}
      />
    </Space>
  );
}
