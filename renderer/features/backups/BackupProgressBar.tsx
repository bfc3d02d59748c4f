// The bar under 立即备份: what the backup is doing (复制, 校验) while it runs, then how it ended. It stays
// after the end, so the clerk who looked away still reads the outcome.
import { Progress, Typography } from 'antd';
import type { BackupProgress } from '../../../shared/features/backups/contract';
import { backupOutcomeText } from './backup-text';
import type { TakeBackupState } from './use-take-backup';

const phaseTexts: Record<NonNullable<BackupProgress['phase']>, string> = {
  copying: '正在复制台账数据',
  verifying: '正在校验备份',
};

function runningText(progress: BackupProgress | undefined): string {
  const phase = progress?.phase;
  return phase ? `${phaseTexts[phase]}…` : '正在准备备份…';
}

export function BackupProgressBar({ status }: { status: TakeBackupState }) {
  if (status.state === 'idle') return null;
  const view =
    status.state === 'running'
      ? { percent: status.progress?.percent ?? 0, bar: 'active' as const, text: runningText(status.progress) }
      : status.state === 'failed'
        ? { percent: 100, bar: 'exception' as const, text: `备份失败：${status.message}` }
        : {
            percent: 100,
            bar: status.record.verified.ok ? ('success' as const) : ('exception' as const),
            text: backupOutcomeText(status.record),
          };
  return (
    <div style={{ maxWidth: 640, marginBottom: 12 }} data-testid="backup-progress" data-state={status.state}>
      <Progress percent={Math.round(view.percent)} status={view.bar} />
      <Typography.Text
        type={view.bar === 'exception' ? 'danger' : undefined}
        data-testid="backup-progress-text"
      >
        {view.text}
      </Typography.Text>
    </div>
  );
}
