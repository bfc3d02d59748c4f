// What an Excel import did, for any import: every problem found (sheet, row, column, message) with
// nothing written, or a summary of what changed.
import { Alert, Button, Modal, Table } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import type { ImportError } from '../../shared/contract/files';
import { tableComponents } from './table-header';

export const importErrorColumns: ColumnsType<ImportError & { key: number }> = [
  {
    title: '工作表',
    dataIndex: 'sheet',
    width: 140,
    sorter: (a, b) => a.sheet.localeCompare(b.sheet, 'zh-CN'),
  },
  {
    title: '行',
    dataIndex: 'row',
    width: 70,
    align: 'right',
    sorter: (a, b) => a.row - b.row,
    render: (row: number) => (row === 0 ? '—' : row),
  },
  { title: '列', dataIndex: 'column', width: 60, render: (column: string) => column || '—' },
  { title: '问题', dataIndex: 'message' },
];

export interface ImportReportModalProps {
  title: string;
  applied: boolean;
  /** What was written, shown when the import applied. */
  appliedSummary: string;
  errors: ImportError[];
  testIds: { result: string; errors: string; close: string };
  /** Extra data-* attributes on the result, for the tests. */
  resultData?: Record<`data-${string}`, string | number>;
  onClose: () => void;
}

export function ImportReportModal(props: ImportReportModalProps) {
  const { title, applied, appliedSummary, errors, testIds, resultData, onClose } = props;
  const rows = errors.map((error, index) => ({ ...error, key: index }));
  const summary = applied
    ? appliedSummary
    : `发现 ${errors.length} 处问题，未写入任何数据。请修改文件后重新导入。`;
  return (
    <Modal
      open
      title={title}
      width={applied ? 560 : 820}
      onCancel={onClose}
      footer={
        <Button type="primary" onClick={onClose} data-testid={testIds.close}>
          关闭
        </Button>
      }
    >
      <Alert
        type={applied ? 'success' : 'error'}
        showIcon
        title={summary}
        style={{ marginBottom: 12 }}
        data-testid={testIds.result}
        data-applied={String(applied)}
        {...resultData}
      />
      {rows.length > 0 && (
        <Table
          components={tableComponents}
          data-testid={testIds.errors}
          size="small"
          columns={importErrorColumns}
          dataSource={rows}
          pagination={{
            defaultPageSize: 10,
            hideOnSinglePage: true,
            showTotal: (total) => `共 ${total} 处问题`,
          }}
        />
      )}
    </Modal>
  );
}
