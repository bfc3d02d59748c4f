// The confirmation before an irreversible write (a posting, a standard). The focus starts on 返回修改: the
// Enter that submitted the form must never also confirm it, so confirming takes a deliberate Tab + Enter
// or a click.
import type { HookAPI } from 'antd/es/modal/useModal';
import type { ReactNode } from 'react';
import { buttonTestId } from './test-ids';

export interface ConfirmPostingOptions {
  title: string;
  content: ReactNode;
  okText: string;
  /** data-testid of the confirming button. */
  okTestId: string;
}

export function confirmPosting(modal: HookAPI, options: ConfirmPostingOptions): Promise<boolean> {
  return Promise.resolve(
    modal.confirm({
      title: options.title,
      content: options.content,
      okText: options.okText,
      cancelText: '返回修改',
      okButtonProps: buttonTestId(options.okTestId),
      cancelButtonProps: buttonTestId(`${options.okTestId.replace(/-ok$/, '')}-cancel`),
      focusable: { autoFocusButton: 'cancel' },
    }),
  );
}
