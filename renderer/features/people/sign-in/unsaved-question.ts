// Leaving a user's sign-in (切换用户, 退出登录, another user over the lock) loses the unsaved input on
// screen: asked first, and only when there is some.
import type { App } from 'antd';

type Modal = ReturnType<typeof App.useApp>['modal'];

export type LeavingAction = '切换用户' | '退出登录';

export function unsavedQuestion(action: LeavingAction): string {
  return `有未保存的内容，${action}将丢失这些内容，确定继续吗？`;
}

/** Resolves true at once when nothing is unsaved, else when the clerk confirms. */
export function confirmLosingUnsaved(
  modal: Modal,
  hasUnsaved: () => boolean,
  action: LeavingAction,
): Promise<boolean> {
  if (!hasUnsaved()) return Promise.resolve(true);
  return new Promise((resolve) => {
    modal.confirm({
      title: unsavedQuestion(action),
      okText: '确定',
      cancelText: '取消',
      // Above the lock, which covers the screens.
      zIndex: 1600,
      onOk: () => resolve(true),
      onCancel: () => resolve(false),
    });
  });
}
