// Read hooks of the backups; keys start with 'backups' (the group 立即备份 and 恢复 refetch). The progress
// of a running 立即备份 is asked a few times a second, only while the screen waits for one.
import { useQuery } from '@tanstack/react-query';
import { callQuery } from '../../api/client';

export const backupQueryKeys = {
  list: ['backups', 'list'] as const,
  progress: ['backups', 'progress'] as const,
  preview: (fileName: string) => ['backups', 'preview', fileName] as const,
};

/** How often a running backup's progress is asked (ms): often enough that the bar moves. */
const progressPollMs = 250;

export function useBackups() {
  return useQuery({ queryKey: backupQueryKeys.list, queryFn: () => callQuery('backups.list', {}) });
}

export function useBackupProgress(watching: boolean) {
  return useQuery({
    queryKey: backupQueryKeys.progress,
    queryFn: () => callQuery('backups.progress', {}),
    enabled: watching,
    refetchInterval: watching ? progressPollMs : false,
  });
}

/** What restoring `fileName` would lose; asked afresh each time the confirmation opens. */
export function useRestorePreview(fileName: string) {
  return useQuery({
    queryKey: backupQueryKeys.preview(fileName),
    queryFn: () => callQuery('backups.restorePreview', { fileName }),
    staleTime: 0,
    gcTime: 0,
  });
}
