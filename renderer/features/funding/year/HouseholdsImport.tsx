// 下载户数导入模板 / 导入户数: the template comes from funding.householdsTemplate; the filled-in file is read
// here and sent as base64 (never a path). Any problem means nothing was written, and the problems are
// listed by sheet, row and column.
import { DownloadOutlined } from '@ant-design/icons';
import { App, Button, Space } from 'antd';
import { useChannelAccess } from '../../../ui/signed-in';
import { useState } from 'react';
import {
  householdsImportInput,
  type AllocationStatus,
  type HouseholdsImportResult,
} from '../../../../shared/features/funding/contract';
import { useFileOutput } from '../../../api/files';
import { useChannelMutation } from '../../../api/mutations';
import { ImportResultModal } from './ImportResultModal';
import { WorkbookUpload } from '../../../ui/WorkbookUpload';

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
  const importAccess = useChannelAccess('funding.importHouseholds');
  const [outcome, setOutcome] = useState<{ fileName: string; result: HouseholdsImportResult } | null>(null);

  function showResult(fileName: string, result: HouseholdsImportResult): void {
    setOutcome({ fileName, result });
    const hint = followUp(status, result);
    if (hint) void message.info(hint, 6);
  }

  // Its own Space: inside the year's toolbar the two buttons are one item and would touch.
  return (
    <Space wrap>
      <Button
        icon={<DownloadOutlined />}
        loading={template.isPending}
        onClick={() => template.mutate({ year })}
        data-testid="download-template"
      >
        下载户数导入模板
      </Button>
      <WorkbookUpload
        input={(file) => ({ year, ...file })}
        schema={householdsImportInput}
        send={(input) => importHouseholds.mutateAsync(input)}
        onResult={showResult}
        testIds={{ wrapper: 'import-households-upload', button: 'import-households' }}
        refusal={importAccess.refusal}
      >
        导入户数
      </WorkbookUpload>
      {outcome && (
        <ImportResultModal
          fileName={outcome.fileName}
          result={outcome.result}
          onClose={() => setOutcome(null)}
        />
      )}
    </Space>
  );
}
