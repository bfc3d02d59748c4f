// What a list import did: every problem (sheet, row, column, message) with nothing written, or how many
// items the draft now holds.
import { Alert, Button, Modal, Table } from 'antd';
import type { ListImportResult } from '../../shared/contract/public-lists';
import { importErrorColumns } from './ImportResultModal';

export interface ListImportResultModalProps {
  fileName: string;
  listLabel: string;
  result: ListImportResult;
  onClose: () => void;
}

export function ListImportResultModal({ fileName, listLabel, result, onClose }: ListImportResultModalProps) {
  const rows = result.errors.map((error, index) => ({ ...error, key: index }));
  const summary = result.applied
    ? `已导入 ${result.itemCount} 项到${listLabel}的修订稿（原修订稿事项已被替换），核对后请发布。`
    : `发现 ${result.errors.length} 处问题，未写入任何数据。请修改文件后重新导入。`;
  return (
    <Modal
      open
      title={`导入清单：${fileName}`}
      width={result.applied ? 560 : 820}
      onCancel={onClose}
      footer={
        <Button type="primary" onClick={onClose} data-testid="list-import-result-close">
          关闭
        </Button>
      }
    >
      <Alert
        type={result.applied ? 'success' : 'error'}
        showIcon
        title={summary}
        style={{ marginBottom: 12 }}
        data-testid="list-import-result"
        data-applied={String(result.applied)}
        data-item-count={result.itemCount}
      />
      {rows.length > 0 && (
        <Table
          data-testid="list-import-errors"
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
