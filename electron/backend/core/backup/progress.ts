// How far the backup under way has got, for the screen that polls backups.progress. One per backend: a
// second backup asked for while one runs is refused rather than queued.
import type { BackupProgress } from '../../../../shared/features/backups/contract';

export type BackupPhase = NonNullable<BackupProgress['phase']>;

export class BackupProgressTracker {
  private state: BackupProgress = { running: false, phase: null, percent: 0 };

  get current(): BackupProgress {
    return { ...this.state };
  }

  start(): void {
    this.state = { running: true, phase: 'copying', percent: 0 };
  }

  /** Copying is the first 90 %, verifying the rest. */
  update(phase: BackupPhase, fraction: number): void {
    const share = phase === 'copying' ? fraction * 90 : 90 + fraction * 10;
    this.state = { running: true, phase, percent: Math.min(100, Math.round(share)) };
  }

  finish(): void {
    this.state = { running: false, phase: null, percent: 100 };
  }
}
