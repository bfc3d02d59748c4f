// The backups, newest first: when, what kind, how big, how many rows, whether it passed its verification,
// and per row 导出备份 and 恢复 (撤销恢复 on a 恢复前 copy; refused, with the reason, when it failed).
import { Button, Space, Table, Tag, Tooltip, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { backupKinds, type BackupKind, type BackupRecord } from '../../../shared/features/backups/contract';
import { formatCount } from '../../ui/format';
import { RefusalTip } from '../../ui/signed-in';
import { tableComponents } from '../../ui/table-header';
import { rowTestId } from '../../ui/test-ids';
import {
  shortKindLabels,
  backupTimeText,
  countLines,
  formatBackupSize,
  restoreActionLabel,
  restoreRefusal,
  totalRows,
} from './backup-text';

const kindColors: Record<BackupKind, string> = {
  daily: 'blue',
  manual: 'geekblue',
  quit: 'cyan',
  beforeMigration: 'purple',
  beforeRestore: 'orange',
};

/** The row of the backup just taken stands out until the next one. */
const newRowStyle = { background: '#f6ffed' };

export interface BackupsTableProps {
  records: BackupRecord[];
  loading: boolean;
  newFileName: string | undefined;
  exporting: string | undefined;
  onExport: (record: BackupRecord) => void;
  onRestore: (record: BackupRecord) => void;
}

/** The tooltip of 记录数: the tables that hold rows, in three columns so some fifty tables fit 768 px. */
const countsGrid = {
  display: 'grid',
  gridTemplateColumns: 'repeat(3, auto)',
  columnGap: 16,
  fontSize: 12,
} as const;

function RowCounts({ counts }: { counts: Record<string, number> }) {
  const lines = countLines(counts);
  // A file never checked (put in the folder by hand) has no counts: nothing to sum.
  if (lines.length === 0) return <span>—</span>;
  return (
    <Tooltip
      styles={{ root: { maxWidth: 640 } }}
      title={
        <div style={countsGrid}>
          {lines.map((line) => (
            <span key={line}>{line}</span>
          ))}
        </div>
      }
    >
      <span tabIndex={0} style={{ borderBottom: '1px dashed #bfbfbf' }} data-testid="backup-counts">
        {formatCount(totalRows(counts))} 条
      </span>
    </Tooltip>
  );
}

function Verification({ record }: { record: BackupRecord }) {
  if (record.verified.ok) return <Tag color="green">通过</Tag>;
  return (
    <Space orientation="vertical" size={0}>
      <Tag color="red">未通过</Tag>
      <Typography.Text type="danger" style={{ fontSize: 12 }}>
        {record.verified.findings.join('；')}
      </Typography.Text>
    </Space>
  );
}

function RowActions({
  record,
  ...props
}: Omit<BackupsTableProps, 'records' | 'loading' | 'newFileName'> & { record: BackupRecord }) {
  const refusal = restoreRefusal(record);
  return (
    <Space size="small">
      <Button
        size="small"
        loading={props.exporting === record.fileName}
        onClick={() => props.onExport(record)}
        data-testid={`backup-export-${record.fileName}`}
      >
        导出备份
      </Button>
      <RefusalTip refusal={refusal}>
        <Button
          size="small"
          danger
          disabled={refusal !== undefined}
          onClick={() => props.onRestore(record)}
          data-testid={`backup-restore-${record.fileName}`}
        >
          {restoreActionLabel(record.kind)}
        </Button>
      </RefusalTip>
    </Space>
  );
}

export function BackupsTable({ records, loading, newFileName, ...actions }: BackupsTableProps) {
  const columns: ColumnsType<BackupRecord> = [
    {
      title: '备份时间',
      dataIndex: 'takenAt',
      width: 170,
      defaultSortOrder: 'descend',
      sorter: (a, b) => a.takenAt.localeCompare(b.takenAt),
      render: (takenAt: string) => backupTimeText(takenAt),
    },
    {
      title: '类型',
      dataIndex: 'kind',
      width: 110,
      filters: backupKinds.map((kind) => ({ text: shortKindLabels[kind], value: kind })),
      onFilter: (value, record) => record.kind === value,
      render: (kind: BackupKind) => <Tag color={kindColors[kind]}>{shortKindLabels[kind]}</Tag>,
    },
    {
      title: '大小',
      dataIndex: 'sizeBytes',
      width: 100,
      align: 'right',
      sorter: (a, b) => a.sizeBytes - b.sizeBytes,
      render: (bytes: number) => formatBackupSize(bytes),
    },
    {
      title: '记录数',
      key: 'counts',
      width: 110,
      align: 'right',
      sorter: (a, b) => totalRows(a.counts) - totalRows(b.counts),
      render: (_, record) => <RowCounts counts={record.counts} />,
    },
    {
      title: '校验',
      key: 'verified',
      filters: [
        { text: '通过', value: true },
        { text: '未通过', value: false },
      ],
      onFilter: (value, record) => record.verified.ok === value,
      render: (_, record) => <Verification record={record} />,
    },
    {
      title: '操作',
      key: 'actions',
      width: 200,
      render: (_, record) => <RowActions record={record} {...actions} />,
    },
  ];
  return (
    <Table<BackupRecord>
      components={tableComponents}
      data-testid="backups-table"
      rowKey="fileName"
      size="small"
      loading={loading}
      columns={columns}
      dataSource={records}
      onRow={(record) => ({
        ...rowTestId(`backup-row-${record.fileName}`),
        ...(record.fileName === newFileName ? { style: newRowStyle, 'data-new': 'true' } : {}),
      })}
      pagination={{ defaultPageSize: 10, showSizeChanger: true, showTotal: (total) => `共 ${total} 份备份` }}
      locale={{ emptyText: '还没有备份' }}
    />
  );
}
