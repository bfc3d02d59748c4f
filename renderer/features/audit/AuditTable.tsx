// The audit log, paged on the server; a row expands to its before / after states, field by field.
import { Table, Tag } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import {
  auditActionLabels,
  auditEntityLabels,
  type AuditEntry,
  type AuditPage,
} from '../../../shared/contract/audit';
import { formatDateTime } from '../../ui/format';
import { AuditStateCompare } from './AuditStateCompare';

const actionColors: Record<AuditEntry['action'], string> = {
  create: 'green',
  update: 'blue',
  archive: 'default',
  restore: 'cyan',
  delete: 'red',
  compute: 'purple',
  approve: 'gold',
  post: 'geekblue',
  reverse: 'volcano',
  import: 'lime',
  publish: 'magenta',
  submit: 'processing',
  review: 'orange',
  decide: 'success',
  revoke: 'error',
  withdraw: 'default',
  sign_in: 'default',
  sign_in_failed: 'warning',
  sign_out: 'default',
  lock: 'error',
  enable: 'cyan',
  disable: 'default',
  reset_password: 'orange',
  change_password: 'blue',
  sign: 'gold',
  start: 'processing',
  amend: 'orange',
  complete: 'success',
  terminate: 'error',
  evaluate: 'purple',
  reject: 'warning',
  suspend: 'default',
  check: 'cyan',
  close: 'geekblue',
  reopen: 'volcano',
  lift: 'purple',
  conclude: 'success',
  report: 'blue',
  issue: 'green',
  void: 'error',
  print: 'default',
};

const columns: ColumnsType<AuditEntry> = [
  { title: '时间', dataIndex: 'at', width: 180, render: formatDateTime },
  { title: '操作人', dataIndex: 'actor', width: 120 },
  {
    title: '操作',
    dataIndex: 'action',
    width: 90,
    render: (action: AuditEntry['action']) => (
      <Tag color={actionColors[action]}>{auditActionLabels[action]}</Tag>
    ),
  },
  {
    title: '对象',
    dataIndex: 'entity',
    width: 140,
    render: (entity: AuditEntry['entity'], row) =>
      `${auditEntityLabels[entity]}${row.entityId === null ? '' : ` #${row.entityId}`}`,
  },
  { title: '摘要', dataIndex: 'summary' },
];

export interface AuditTableProps {
  page: AuditPage | undefined;
  loading: boolean;
  current: number;
  pageSize: number;
  onPageChange: (current: number, pageSize: number) => void;
}

export function AuditTable({ page, loading, current, pageSize, onPageChange }: AuditTableProps) {
  return (
    <Table<AuditEntry>
      data-testid="audit-table"
      rowKey="id"
      size="middle"
      columns={columns}
      dataSource={page?.rows ?? []}
      loading={loading}
      expandable={{
        expandedRowRender: (row) => (
          <AuditStateCompare entity={row.entity} before={row.before} after={row.after} />
        ),
        expandRowByClick: true,
      }}
      pagination={{
        current,
        pageSize,
        total: page?.total ?? 0,
        showSizeChanger: true,
        pageSizeOptions: [20, 50, 100, 200],
        showTotal: (total) => `共 ${total} 条`,
        onChange: onPageChange,
      }}
      locale={{ emptyText: '没有符合条件的操作记录' }}
    />
  );
}
