// 历史版本: per version, newest first, what it added, removed and changed compared with the version it was
// copied from; a changed item names the fields that differ and shows before → after.
import { Collapse, Empty, List, Space, Tag, Typography } from 'antd';
import {
  listItemLabels,
  type ListItem,
  type ListItemChange,
  type ListVersionChanges,
} from '../../../shared/features/lists/contract';

export interface ListHistoryProps {
  history: ListVersionChanges[];
}

function ItemLine({ item, color, label }: { item: ListItem; color: string; label: string }) {
  return (
    <List.Item>
      <Space>
        <Tag color={color}>{label}</Tag>
        <span>
          {item.seq}. {item.title}
        </span>
      </Space>
    </List.Item>
  );
}

function ChangeLine({ change }: { change: ListItemChange }) {
  return (
    <List.Item data-testid={`list-history-change-${change.itemKey}`}>
      <Space orientation="vertical" size={2} style={{ width: '100%' }}>
        <Space wrap>
          <Tag color="blue">修改</Tag>
          <span>
            {change.after.seq}. {change.after.title}
          </span>
          {change.fields.map((field) => (
            <Tag key={field} data-testid="list-history-field">
              {listItemLabels[field]}
            </Tag>
          ))}
        </Space>
        {change.fields.map((field) => (
          <Typography.Text key={field} type="secondary" style={{ fontSize: 12 }}>
            {listItemLabels[field]}：<del>{change.before[field] || '（空）'}</del> →{' '}
            {change.after[field] || '（空）'}
          </Typography.Text>
        ))}
      </Space>
    </List.Item>
  );
}

function versionTitle(entry: ListVersionChanges): string {
  const { version } = entry;
  // Not wrapped in brackets: an approver may be bracketed itself (the shipped 「（内置初始内容）」).
  const state =
    version.status === 'draft'
      ? '修订稿'
      : `生效 ${version.effectiveDate ?? '—'} · 批准：${version.approvedBy ?? '—'}`;
  const counts = `新增 ${entry.added.length}、删除 ${entry.removed.length}、修改 ${entry.changed.length}`;
  const base =
    entry.comparedWithVersionNo === null ? '首版' : `较第 ${entry.comparedWithVersionNo} 版：${counts}`;
  return `第 ${version.versionNo} 版 · ${state} · ${base}${entry.reordered ? '，顺序有调整' : ''}`;
}

export function ListHistory({ history }: ListHistoryProps) {
  if (history.length === 0) return <Empty description="还没有版本" />;
  const ordered = [...history].sort((a, b) => b.version.versionNo - a.version.versionNo);
  return (
    <Collapse
      data-testid="list-history"
      defaultActiveKey={ordered[0] ? [String(ordered[0].version.id)] : []}
      items={ordered.map((entry) => ({
        key: String(entry.version.id),
        label: (
          <span data-testid={`list-history-version-${entry.version.versionNo}`}>{versionTitle(entry)}</span>
        ),
        children:
          entry.added.length + entry.removed.length + entry.changed.length === 0 ? (
            <Typography.Text type="secondary">
              {entry.reordered ? '仅调整了顺序' : '内容无变化'}
            </Typography.Text>
          ) : (
            <List size="small">
              {entry.changed.map((change) => (
                <ChangeLine key={change.itemKey} change={change} />
              ))}
              {entry.added.map((item) => (
                <ItemLine key={item.itemKey} item={item} color="green" label="新增" />
              ))}
              {entry.removed.map((item) => (
                <ItemLine key={item.itemKey} item={item} color="red" label="删除" />
              ))}
            </List>
          ),
      }))}
    />
  );
}
