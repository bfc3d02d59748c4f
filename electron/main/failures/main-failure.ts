// What the clerk reads when the main process meets an error nothing caught. Electron's own box says "A
// JavaScript error occurred in the main process" with a stack trace; this one says in Chinese what it means
// for the ledger and where the English detail was logged. Pure, so it is tested without Electron.

export type MainFailureKind = 'uncaught-exception' | 'unhandled-rejection';

export interface MainFailureResponse {
  /** The error box to show, or null when the error is only logged. */
  box: { title: string; content: string } | null;
  /** After an exception the main process is in an unknown state: it closes the ledger and quits. */
  quit: boolean;
}

/** A rejected promise is shown at most once in this while; the rest of a burst is only logged. */
export const rejectionBoxIntervalMs = 60_000;

const savedDataIsSafe = '已保存的数据不受影响：每一笔保存都是完整写入数据库的，没有完成的操作不会留下一半。';

function logNote(logPath: string): string {
  return `错误详情已记录在：${logPath}\n如果反复出现，请把这个文件发给技术人员。`;
}

/** A navigation cut short (a reload while the page loads) rejects loadURL with ERR_ABORTED: not a failure. */
function isAbortedLoad(error: unknown): boolean {
  return (error as { code?: unknown } | null)?.code === 'ERR_ABORTED';
}

export function mainFailureResponse(
  kind: MainFailureKind,
  error: unknown,
  logPath: string,
  msSinceLastBox: number | null,
): MainFailureResponse {
  if (kind === 'uncaught-exception') {
    return {
      box: {
        title: '程序发生意外错误，需要关闭',
        content: `程序内部出现意外错误，将关闭台账并退出。${savedDataIsSafe}请重新打开程序，检查最后一次操作是否已经保存。\n\n${logNote(logPath)}`,
      },
      quit: true,
    };
  }
  const shownRecently = msSinceLastBox !== null && msSinceLastBox < rejectionBoxIntervalMs;
  if (isAbortedLoad(error) || shownRecently) return { box: null, quit: false };
  return {
    box: {
      title: '操作可能没有完成',
      content: `程序内部出现意外错误，刚才的操作可能没有完成。${savedDataIsSafe}请查看刚才的操作是否已经生效，必要时重做；如果程序不再正常响应，请重新打开。\n\n${logNote(logPath)}`,
    },
    quit: false,
  };
}

/** The answer to an IPC call whose shell part (a dialog, a window) threw: the page shows it, in Chinese. */
export const unexpectedShellFailure =
  '操作没有完成：程序内部错误，已记录。请重试；若仍失败，请重新打开程序或联系技术人员。';
