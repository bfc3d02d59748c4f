// 下载户数导入模板 / 导入户数: the template comes from funding.householdsTemplate; the filled-in file is read
// here and sent as base64 (never a path). Any problem means nothing was written, and the problems are
// listed by sheet, row and column.
import { DownloadOutlined, UploadOutlined } from '@ant-design/icons';
import { App, Button, Upload } from 'antd';
import { useState } from 'react';
import {
  householdsImportInput,
  type AllocationStatus,
  type HouseholdsImportResult,
} from '../../../shared/contract/funding';
import { toApiError } from '../../api/errors';
import { fileToBase64, useFileOutput } from '../../api/files';
import { useChannelMutation } from '../../api/mutations';
import { ImportResultModal } from '../../components/ImportResultModal';

export interface HouseholdsImportProps {
  year: number;
  status: AllocationStatus;
}

function followUp(status: AllocationStatus, result: HouseholdsImportResult): string | null {
  if (!result.applied || result.changedCommunities === 0) return null;
  if (status === 'draft') return '户数已变化：请重新「测算全年」，草稿才会按新户数计算。';
  if (status === 'approved') return '已审批的核定金额不会因户数变化而改变；如需变更请录入调整。';
  return null;
}

export function HouseholdsImport({ year, status }: HouseholdsImportProps) {
  const { message } = App.useApp();
  const template = useFileOutput('funding.householdsTemplate');
  const importHouseholds = useChannelMutation('funding.importHouseholds');
  const [reading, setReading] = useState(false);
  const [outcome, setOutcome] = useState<{ fileName: string; result: HouseholdsImportResult } | null>(null);

  async function importFile(file: File): Promise<void> {
    setReading(true);
    try {
      const parsed = householdsImportInput.safeParse({
        year,
        fileName: file.name,
        base64: await fileToBase64(file),
      });
      if (!parsed.success) {
        void message.error(parsed.error.issues[0]?.message ?? '文件无法读取');
        return;
      }
      const result = await importHouseholds.mutateAsync(parsed.data);
      setOutcome({ fileName: file.name, result });
      const hint = followUp(status, result);
      if (hint) void message.info(hint, 6);
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
        onClick={() => template.mutate({ year })}
        data-testid="download-template"
      >
        下载户数导入模板
      </Button>
      <span data-testid="import-households-upload">
        <Upload
          accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          showUploadList={false}
          disabled={reading}
          beforeUpload={(file) => {
            void importFile(file);
            return false;
          }}
        >
          <Button icon={<UploadOutlined />} loading={reading} data-testid="import-households">
            导入户数
          </Button>
        </Upload>
      </span>
      {outcome && (
        <ImportResultModal
          fileName={outcome.fileName}
          result={outcome.result}
          onClose={() => setOutcome(null)}
        />
      )}
    </>
  );
}
