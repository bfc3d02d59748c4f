// The sign-in gate around the screens: nothing of the ledger shows until someone has signed in. A new
// ledger asks for its first administrator; a reset password is replaced first; idling locks the window.
import { Button, Result, Spin } from 'antd';
import { Fragment, useEffect, useRef, type ReactNode } from 'react';
import { useNavigate } from 'react-router';
import type { SignInState } from '../../../../shared/contract/people';
import { SignedInUserContext } from '../../../ui/signed-in';
import { ChangePasswordPage } from '../password/ChangePasswordPage';
import { FirstAdministratorPage } from './FirstAdministratorPage';
import { LockOverlay } from './LockOverlay';
import { SessionContext, type Session } from './session';
import { SignInPage } from './SignInPage';
import { useIdleLock } from './use-idle-lock';
import { useSignInGate } from './use-sign-in-gate';

/** A fresh start opens on its own screen: the last user's screen may be one the next cannot use. */
function useStartScreen(start: { count: number; path: string }): void {
  const navigate = useNavigate();
  const first = useRef(start.count);
  useEffect(() => {
    if (start.count !== first.current) void navigate(start.path, { replace: true });
  }, [start, navigate]);
}

export function SignInGate({ seed, children }: { seed: SignInState | undefined; children: ReactNode }) {
  const gate = useSignInGate(seed);
  const { gate: stage } = gate;
  useStartScreen(gate.start);
  useIdleLock({
    watching: stage.stage === 'signedIn' && stage.lock === null,
    idleMinutes: stage.stage === 'signedIn' ? stage.idleMinutes : 0,
    onIdle: gate.lockIdle,
    onKeepAlive: gate.keepAlive,
  });

  switch (stage.stage) {
    case 'loading':
      return <Spin size="large" style={{ display: 'block', margin: '80px auto' }} />;
    case 'unreachable':
      return (
        <Result
          status="error"
          title="无法读取登录状态"
          subTitle={stage.message}
          extra={<Button onClick={gate.retry}>重试</Button>}
        />
      );
    case 'firstAdministrator':
      // The administrator's first work: adding the people who prepare and approve.
      return <FirstAdministratorPage officeName={stage.officeName} onDone={() => gate.enter('/users')} />;
    case 'signedOut':
      return (
        <SignInPage officeName={stage.officeName} notice={stage.notice} onSignedIn={() => gate.enter()} />
      );
    case 'signedIn': {
      const session: Session = { user: stage.user, leave: gate.leave, passwordChanged: gate.passwordChanged };
      return (
        <SessionContext.Provider value={session}>
          <SignedInUserContext.Provider value={stage.user}>
            {stage.user.mustChangePassword ? (
              <ChangePasswordPage />
            ) : (
              <Fragment key={gate.start.count}>{children}</Fragment>
            )}
            {stage.lock && (
              <LockOverlay lock={stage.lock} officeName={stage.officeName} onSignedIn={gate.unlock} />
            )}
          </SignedInUserContext.Provider>
        </SessionContext.Provider>
      );
    }
  }
}
