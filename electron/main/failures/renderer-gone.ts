// What the clerk reads when a window's page process ends unexpectedly (a crash, out of memory, killed by
// an antivirus): without it the window just turns white. The main page can be reloaded, since everything
// saved is in the database; the print window is closed, and its print reported as not printed. Pure, so it
// is tested without Electron.
import type { MessageBoxOptions } from 'electron';
import { appPageOf } from '../../security/ipc-sender';

export type RendererGoneAction = 'reload' | 'quit' | 'close';

export interface RendererGoneBox {
  options: MessageBoxOptions;
  /** What each button does, by its index. */
  actions: RendererGoneAction[];
}

/** Electron's RenderProcessGoneDetails reasons, in the clerk's words. */
const reasons: Record<string, string> = {
  'abnormal-exit': '页面进程异常退出',
  crashed: '页面进程崩溃',
  killed: '页面进程被结束，可能是杀毒软件或任务管理器所为',
  oom: '电脑内存不足',
  'launch-failed': '页面进程未能启动',
  'integrity-failure': '程序文件校验失败，可能已被修改，请重新安装本程序',
  'memory-eviction': '系统内存紧张，页面被回收',
};

function reasonText(reason: string): string {
  return reasons[reason] ?? '原因不明';
}

/** The box for a page that ended, or null when nothing went wrong (a clean exit) or the page is not the app's. */
export function rendererGoneBox(reason: string, pageUrl: string): RendererGoneBox | null {
  if (reason === 'clean-exit') return null;
  const page = appPageOf(pageUrl);
  if (page === 'main') {
    return {
      options: {
        type: 'warning',
        title: '台账页面意外关闭',
        message: `台账页面意外关闭（${reasonText(reason)}）。`,
        detail: '已保存的数据不受影响；正在填写、尚未保存的内容已经丢失，重新加载后请再填一次。',
        buttons: ['重新加载', '退出程序'],
        defaultId: 0,
        cancelId: 1,
        noLink: true,
      },
      actions: ['reload', 'quit'],
    };
  }
  if (page === 'print') {
    return {
      options: {
        type: 'warning',
        title: '打印窗口意外关闭',
        message: `打印窗口意外关闭（${reasonText(reason)}），没有打印。`,
        detail: '请回到台账页面重新打印。',
        buttons: ['确定'],
        defaultId: 0,
        cancelId: 0,
        noLink: true,
      },
      actions: ['close'],
    };
  }
  return null;
}
