// 下载导入模板 / 导入: the template comes from lists.importTemplate; the filled-in file is read here and sent
// as base64. A clean file replaces the draft's items (a draft is created when there is none); any problem
// writes nothing and is listed by sheet, row and column.
import { DownloadOutlined } from '@ant-design/icons';
import { Button, Space } from 'antd';
import { useState } from 'react';
import {
  listImportInput,
  listKindLabels,
  type ListImportResult,
  type ListKind,
} from '../../../shared/features/lists/contract';
import { useFileOutput } from '../../api/files';
import { useChannelMutation } from '../../api/mutations';
import { useChannelAccess } from '../../ui/signed-in';
import { ListImportResultModal } from './ListImportResultModal';
import { WorkbookUpload } from '../../ui/WorkbookUpload';

export function ListImport({ kind, onImported }: { kind: ListKind; onImported: () => void }) {
  const template = useFileOutput('lists.importTemplate');
  const importList = useChannelMutation('lists.import');
  const importAccess = useChannelAccess('lists.import');
  const [outcome, setOutcome] = useState<{ fileName: string; result: ListImportResult } | null>(null);

  function showResult(fileName: string, result: ListImportResult): void {
    setOutcome({ fileName, result });
    if (result.applied) onImported();
  }

  // Its own Space: inside the page's toolbar the two buttons are one item and would touch.
  return (
    <Space wrap>
      <Button
        icon={<DownloadOutlined />}
        loading={template.isPending}
        onClick={() => template.mutate({ kind })}
        data-testid="list-template"
      >
        下载导入模板
      </Button>
      <WorkbookUpload
        input={(file) => ({ kind, ...file })}
        schema={listImportInput}
        send={(input) => importList.mutateAsync(input)}
        onResult={showResult}
        testIds={{ wrapper: 'list-import-upload', button: 'list-import' }}
        refusal={importAccess.refusal}
      >
        导入
      </WorkbookUpload>
      {outcome && (
        <ListImportResultModal
          fileName={outcome.fileName}
          listLabel={listKindLabels[kind]}
          result={outcome.result}
          onClose={() => setOutcome(null)}
        />
      )}
    </Space>
  );
}
