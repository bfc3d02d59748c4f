// The items of one list version. Read-only for a published version; for a draft each row carries
// 编辑 / 上移 / 下移 / 删除 (delete asks first). Shipped examples are tagged 示例.
import { ArrowDownOutlined, ArrowUpOutlined, DeleteOutlined, EditOutlined } from '@ant-design/icons';
import { Button, Input, Popconfirm, Space, Table, Tag } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useMemo, useState } from 'react';
import { listItemLabels, type ListItem } from '../../../shared/features/lists/contract';
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

const baseColumns: ColumnsType<ListItem> = [
  { title: listItemLabels.seq, dataIndex: 'seq', width: 64, align: 'right', sorter: (a, b) => a.seq - b.seq },
  {
    title: listItemLabels.title,
    dataIndex: 'title',
    width: 180,
    sorter: (a, b) => a.title.localeCompare(b.title, 'zh-CN'),
    render: (title: string, item) => (
      <>
        {title} {item.isSample && <Tag color="orange">示例</Tag>}
      </>
    ),
  },
  { title: listItemLabels.content, dataIndex: 'content', render: text },
  { title: listItemLabels.legalBasis, dataIndex: 'legalBasis', render: text },
  {
    title: listItemLabels.responsibleUnit,
    dataIndex: 'responsibleUnit',
    width: 110,
    sorter: (a, b) => a.responsibleUnit.localeCompare(b.responsibleUnit, 'zh-CN'),
    render: text,
  },
  { title: listItemLabels.communityRole, dataIndex: 'communityRole', width: 90, render: text },
  { title: listItemLabels.remarks, dataIndex: 'remarks', width: 110, render: text },
];

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
    return items.filter((item) =>
      [
        item.title,
        item.content,
        item.legalBasis,
        item.responsibleUnit,
        item.communityRole,
        item.remarks,
      ].some((value) => value.includes(needle)),
    );
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
