// The backup 从此备份恢复 would put in place: when it was taken, how big, what it holds.
import { Descriptions, Typography } from 'antd';
import type { RestorableBackup } from '../../../shared/contract/ledger';
import { formatDateTime } from '../../ui/format';
import { backupCountsText, fileSizeText } from './backup-counts';

export function NewestBackup({ backup }: { backup: RestorableBackup | null }) {
  if (backup === null)
    return (
      <Typography.Paragraph type="warning" data-testid="recovery-no-backup">
        没有找到验证通过的备份。
      </Typography.Paragraph>
    );
  return (
    <Descriptions
      size="small"
      column={2}
      bordered
      title="最近一次验证通过的备份"
      data-testid="recovery-backup"
      items={[
        { key: 'takenAt', label: '备份时间', children: formatDateTime(backup.takenAt) },
        { key: 'size', label: '大小', children: fileSizeText(backup.sizeBytes) },
        { key: 'counts', label: '内容', span: 2, children: backupCountsText(backup.counts) },
        { key: 'file', label: '备份文件', span: 2, children: backup.fileName },
      ]}
    />
  );
}
