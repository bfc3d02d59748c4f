// What a households import did: the problems found with nothing written, or how many communities changed.
import type { HouseholdsImportResult } from '../../../../shared/features/funding/contract';
import { ImportReportModal } from '../../../ui/ImportReportModal';

export interface ImportResultModalProps {
  fileName: string;
  result: HouseholdsImportResult;
  onClose: () => void;
}

export function ImportResultModal({ fileName, result, onClose }: ImportResultModalProps) {
  return (
    <ImportReportModal
      title={`导入户数：${fileName}`}
      applied={result.applied}
      appliedSummary={
        result.changedCommunities === 0
          ? '与现有数据相同，无变化'
          : `已导入，${result.changedCommunities} 个社区的户数有变化`
      }
      errors={result.errors}
      testIds={{ result: 'import-result', errors: 'import-errors-table', close: 'import-result-close' }}
      onClose={onClose}
    />
  );
}
