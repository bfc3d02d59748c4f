// 备份与恢复 (/backups, 管理员): the verified backups of the ledger, 立即备份 with its progress, and per backup
// 导出备份 (to a USB stick: the desktop shell asks where; the browser downloads) and 恢复. A restore ends
// every sign-in on the Node side (the restored ledger's users may differ), so the window goes to the
// sign-in screen saying what happened and how to undo it.
import { CloudUploadOutlined } from '@ant-design/icons';
import { Button, Card, Descriptions, Typography } from 'antd';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import type { BackupRecord } from '../../../shared/features/backups/contract';
import { useFileOutput } from '../../api/files';
import { call } from '../../api/client';
import { PageState } from '../../ui/PageState';
import { useSession } from '../people';
import { backupTimeText, newestVerified, restoredNotice, shortKindLabels } from './backup-text';
import { BackupProgressBar } from './BackupProgressBar';
import { BackupsTable } from './BackupsTable';
import { useBackups } from './queries';
import { RestoreModal } from './RestoreModal';
import { useTakeBackup } from './use-take-backup';

function NewestVerified({ records, folder }: { records: BackupRecord[]; folder: string }) {
  const newest = newestVerified(records);
  return (
    <Descriptions size="small" column={1} style={{ marginBottom: 12 }} data-testid="backups-summary">
      <Descriptions.Item label="备份文件夹">
        <Typography.Text copyable data-testid="backups-folder">
          {folder}
        </Typography.Text>
      </Descriptions.Item>
      <Descriptions.Item label="最近一次通过校验的备份">
        {newest ? (
          <span data-testid="backups-newest">
            {backupTimeText(newest.takenAt)}（{shortKindLabels[newest.kind]}）
          </span>
        ) : (
          <Typography.Text type="danger" data-testid="backups-newest">
            还没有通过校验的备份，请立即备份
          </Typography.Text>
        )}
      </Descriptions.Item>
    </Descriptions>
  );
}

export function BackupsPage() {
  const backups = useBackups();
  const backup = useTakeBackup();
  const exportBackup = useFileOutput('backups.export');
  // Not a useChannelMutation: its refetches would only meet the ended sign-ins; leaving forgets all data.
  const restore = useMutation({ mutationFn: (fileName: string) => call('backups.restore', { fileName }) });
  const session = useSession();
  const [restoring, setRestoring] = useState<BackupRecord | null>(null);
  const records = backups.data?.records ?? [];

  async function restoreFrom(record: BackupRecord): Promise<void> {
    await restore.mutateAsync(record.fileName);
    await session.leave(restoredNotice(record));
  }

  return (
    <Card
      title="备份与恢复"
      extra={
        <Button
          type="primary"
          icon={<CloudUploadOutlined />}
          loading={backup.status.state === 'running'}
          onClick={() => void backup.take()}
          data-testid="backup-create"
        >
          立即备份
        </Button>
      }
    >
      <Typography.Paragraph type="secondary">
        程序每天自动备份一次，退出时如有改动再备份一次；每份备份写入后都会重新打开校验。建议定期「导出备份」到U盘等其他位置保存。
      </Typography.Paragraph>
      {backups.isError && <PageState state="error" error={backups.error} />}
      {backups.data && <NewestVerified records={records} folder={backups.data.folder} />}
      <BackupProgressBar status={backup.status} />
      <BackupsTable
        records={records}
        loading={backups.isFetching}
        newFileName={backup.newFileName}
        exporting={exportBackup.isPending ? exportBackup.variables.fileName : undefined}
        onExport={(record) => exportBackup.mutate({ fileName: record.fileName })}
        onRestore={setRestoring}
      />
      {restoring && (
        <RestoreModal
          record={restoring}
          restoring={restore.isPending}
          onConfirm={() => restoreFrom(restoring)}
          onCancel={() => setRestoring(null)}
        />
      )}
    </Card>
  );
}
