// The window locked (idle, or the Node side ended the sign-in): a sign-in panel over the screens, which
// stay mounted underneath so unsaved input survives. The same user signing in goes on where they were;
// another user is asked about the unsaved input first and then starts clean.
import { Alert, App, Typography } from 'antd';
import { useEffect, useRef, type RefObject } from 'react';
import { createPortal } from 'react-dom';
import type { SignedInUser } from '../../../../shared/contract/people';
import { userRoleLabels } from '../../../../shared/contract/roles';
import { useUnsavedChanges } from '../../../ui/forms/leave-guard';
import { leavesLockedWork, type Lock } from './gate-stage';
import { SignInForm } from './SignInForm';
import { screenTitle } from './SignInScreen';
import { confirmLosingUnsaved } from './unsaved-question';

/** Keeps Tab and the screen reader inside the lock: everything on the page before it is made inert. */
function useInertBeneath(panel: RefObject<HTMLDivElement | null>): void {
  useEffect(() => {
    const beneath = [...document.body.children].filter(
      (element): element is HTMLElement =>
        element instanceof HTMLElement && !element.contains(panel.current) && !element.inert,
    );
    beneath.forEach((element) => (element.inert = true));
    return () => beneath.forEach((element) => (element.inert = false));
  }, [panel]);
}

export interface LockOverlayProps {
  lock: Lock;
  officeName: string;
  onSignedIn: (user: SignedInUser) => Promise<void>;
}

export function LockOverlay({ lock, officeName, onSignedIn }: LockOverlayProps) {
  const { modal } = App.useApp();
  const hasUnsaved = useUnsavedChanges();
  const panel = useRef<HTMLDivElement>(null);
  useInertBeneath(panel);
  const mayProceed = (login: string) =>
    leavesLockedWork(lock, login)
      ? confirmLosingUnsaved(modal, hasUnsaved, '切换用户')
      : Promise.resolve(true);
  return createPortal(
    <div
      ref={panel}
      role="dialog"
      aria-modal="true"
      aria-label="已锁定，请重新登录"
      style={{
        position: 'fixed',
        inset: 0,
        zIndex: 1500,
        overflow: 'auto',
        background: '#f5f5f5',
        display: 'flex',
      }}
      data-testid="lock-overlay"
    >
      <div style={{ width: 420, margin: 'auto', background: '#fff', padding: 24, borderRadius: 8 }}>
        <Typography.Title level={3} style={{ marginTop: 0, textAlign: 'center' }}>
          {screenTitle(officeName)}
        </Typography.Title>
        <Alert
          type="warning"
          showIcon
          title={lock.notice}
          style={{ marginBottom: 16 }}
          data-testid="lock-notice"
        />
        <Typography.Paragraph type="secondary">
          {lock.user.displayName}（{userRoleLabels[lock.user.role]}
          ）重新登录后继续刚才的操作；以其他用户登录将重新开始。
        </Typography.Paragraph>
        <SignInForm initialLogin={lock.user.login} mayProceed={mayProceed} onSignedIn={onSignedIn} />
      </div>
    </div>,
    document.body,
  );
}
