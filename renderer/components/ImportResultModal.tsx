// What a households import did: every problem found (sheet, row, column, message) with nothing written,
// or how many communities changed.
import { Alert, Button, Modal, Table } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import type { HouseholdsImportResult, ImportError } from '../../shared/contract/funding';

export interface ImportResultModalProps {
  fileName: string;
  result: HouseholdsImportResult;
  onClose: () => void;
}

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

export function ImportResultModal({ fileName, result, onClose }: ImportResultModalProps) {
  const rows = result.errors.map((error, index) => ({ ...error, key: index }));
  const summary = result.applied
    ? result.changedCommunities === 0
      ? '与现有数据相同，无变化'
      : `已导入，${result.changedCommunities} 个社区的户数有变化`
    : `发现 ${result.errors.length} 处问题，未写入任何数据。请修改文件后重新导入。`;
  return (
    <Modal
      open
      title={`导入户数：${fileName}`}
      width={result.applied ? 520 : 820}
      onCancel={onClose}
      footer={
        <Button type="primary" onClick={onClose} data-testid="import-result-close">
          关闭
        </Button>
      }
    >
      <Alert
        type={result.applied ? 'success' : 'error'}
        showIcon
        title={summary}
        style={{ marginBottom: 12 }}
        data-testid="import-result"
        data-applied={String(result.applied)}
      />
      {rows.length > 0 && (
        <Table
          data-testid="import-errors-table"
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
