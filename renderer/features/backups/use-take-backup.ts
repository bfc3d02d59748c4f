// 立即备份: takes a manual backup, watches its progress while it runs, and keeps the outcome (the new
// record, or why it failed) so the bar ends at 完成 and the new row stays marked until the next one.
import { App } from 'antd';
import { useState } from 'react';
import type { BackupProgress, BackupRecord } from '../../../shared/features/backups/contract';
import { toApiError } from '../../api/errors';
import { useChannelMutation } from '../../api/mutations';
import { backupOutcomeText } from './backup-text';
import { useBackupProgress } from './queries';

export type TakeBackupState =
  | { state: 'idle' }
  | { state: 'running'; progress: BackupProgress | undefined }
  | { state: 'done'; record: BackupRecord }
  | { state: 'failed'; message: string };

export interface TakeBackup {
  take: () => Promise<void>;
  status: TakeBackupState;
  /** The backup just taken, whose row the table marks. */
  newFileName: string | undefined;
}

export function useTakeBackup(): TakeBackup {
  const { message } = App.useApp();
  const create = useChannelMutation('backups.create');
  const progress = useBackupProgress(create.isPending);
  const [outcome, setOutcome] = useState<TakeBackupState>({ state: 'idle' });

  async function take(): Promise<void> {
    try {
      const record = await create.mutateAsync({});
      setOutcome({ state: 'done', record });
      if (record.verified.ok) void message.success(backupOutcomeText(record));
      else void message.error(backupOutcomeText(record));
    } catch (error) {
      const { message: text } = toApiError(error);
      setOutcome({ state: 'failed', message: text });
      void message.error(text);
    }
  }

  const status: TakeBackupState = create.isPending ? { state: 'running', progress: progress.data } : outcome;
  const newFileName = outcome.state === 'done' ? outcome.record.fileName : undefined;
  return { take, status, newFileName };
}
