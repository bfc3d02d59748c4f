// 下载导入模板 / 导入: the template comes from lists.importTemplate; the filled-in file is read here and sent
// as base64. A clean file replaces the draft's items (a draft is created when there is none); any problem
// writes nothing and is listed by sheet, row and column.
import { DownloadOutlined, UploadOutlined } from '@ant-design/icons';
import { App, Button, Upload } from 'antd';
import { useState } from 'react';
import {
  listImportInput,
  listKindLabels,
  type ListImportResult,
  type ListKind,
} from '../../../shared/contract/public-lists';
import { toApiError } from '../../api/errors';
import { fileToBase64, useFileOutput } from '../../api/files';
import { useChannelMutation } from '../../api/mutations';
import { ListImportResultModal } from '../../components/ListImportResultModal';

export function ListImport({ kind, onImported }: { kind: ListKind; onImported: () => void }) {
  const { message } = App.useApp();
  const template = useFileOutput('lists.importTemplate');
  const importList = useChannelMutation('lists.import');
  const [reading, setReading] = useState(false);
  const [outcome, setOutcome] = useState<{ fileName: string; result: ListImportResult } | null>(null);

  async function importFile(file: File): Promise<void> {
    setReading(true);
    try {
      const parsed = listImportInput.safeParse({
        kind,
        fileName: file.name,
        base64: await fileToBase64(file),
      });
      if (!parsed.success) {
        void message.error(parsed.error.issues[0]?.message ?? '文件无法读取');
        return;
      }
      const result = await importList.mutateAsync(parsed.data);
      setOutcome({ fileName: file.name, result });
      if (result.applied) onImported();
    } catch (error) {
      void message.error(toApiError(error).message);
    } finally {
      setReading(false);
    }
  }

  return (
    <>
      <Button
        icon={<DownloadOutlined />}
        loading={template.isPending}
        onClick={() => template.mutate({ kind })}
        data-testid="list-template"
      >
        下载导入模板
      </Button>
      <span data-testid="list-import-upload">
        <Upload
          accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          showUploadList={false}
          disabled={reading}
          beforeUpload={(file) => {
            void importFile(file);
            return false;
          }}
        >
          <Button icon={<UploadOutlined />} loading={reading} data-testid="list-import">
            导入
          </Button>
        </Upload>
      </span>
      {outcome && (
        <ListImportResultModal
          fileName={outcome.fileName}
          listLabel={listKindLabels[kind]}
          result={outcome.result}
          onClose={() => setOutcome(null)}
        />
      )}
    </>
  );
}
