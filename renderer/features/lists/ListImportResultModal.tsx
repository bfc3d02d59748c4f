// What a list import did: the problems found with nothing written, or how many items the draft now holds.
import type { ListImportResult } from '../../../shared/features/lists/contract';
import { ImportReportModal } from '../../ui/ImportReportModal';

export interface ListImportResultModalProps {
  fileName: string;
  listLabel: string;
  result: ListImportResult;
  onClose: () => void;
}

export function ListImportResultModal({ fileName, listLabel, result, onClose }: ListImportResultModalProps) {
  return (
    <ImportReportModal
      title={`导入清单：${fileName}`}
      applied={result.applied}
      appliedSummary={`已导入 ${result.itemCount} 项到${listLabel}的修订稿（原修订稿事项已被替换），核对后请发布。`}
      errors={result.errors}
      testIds={{
        result: 'list-import-result',
        errors: 'list-import-errors',
        close: 'list-import-result-close',
      }}
      resultData={{ 'data-item-count': result.itemCount }}
      onClose={onClose}
    />
  );
}
