// Keeps calls off a connection that is being closed. Every dispatched call passes through: while a live
// restore runs, new calls are refused in Chinese (not queued: the restore signs everyone out anyway),
// and the restore first waits for the calls already under way to finish.
import { fail, type Result } from '../../../shared/contract';
import { AppError } from '../core/errors';

export const restoringMessage = '正在从备份恢复台账，请稍候片刻再操作';

/** How long a restore waits for the calls under way (a large export) before it gives up. */
const drainTimeoutMs = 60_000;

export class CallGate {
  private inFlight = 0;
  private closedForRestore = false;
  private readonly waiting = new Set<() => void>();

  async pass<T>(call: () => Promise<Result<T>>): Promise<Result<T>> {
    if (this.closedForRestore) return fail('conflict', restoringMessage);
    this.inFlight += 1;
    try {
      return await call();
    } finally {
      this.inFlight -= 1;
      for (const wake of this.waiting) wake();
    }
  }

  /** Runs `work` alone. `ownCalls` are the in-flight calls that are the caller's own (the restore's
   * dispatched call itself), which it does not wait for. */
  async alone<T>(ownCalls: number, work: () => Promise<T>): Promise<T> {
    if (this.closedForRestore) throw new AppError('conflict', restoringMessage);
    this.closedForRestore = true;
    try {
      await this.drain(ownCalls);
      return await work();
    } finally {
      this.closedForRestore = false;
    }
  }

  private async drain(ownCalls: number): Promise<void> {
    const deadline = Date.now() + drainTimeoutMs;
    while (this.inFlight > ownCalls) {
      if (Date.now() > deadline)
        throw new AppError('conflict', '仍有其他操作在进行（如导出或打印），请稍后再恢复');
      await new Promise<void>((resolve) => {
        const wake = () => (this.waiting.delete(wake), clearTimeout(timer), resolve());
        const timer = setTimeout(wake, 200);
        this.waiting.add(wake);
      });
    }
  }
}
