// The sign-in gate around the screens: nothing of the ledger shows until someone has signed in. A new
// ledger asks for its first administrator; a reset password is replaced first; idling locks the window.
import { Button, Result, Spin } from 'antd';
import { Fragment, useEffect, useRef, type ReactNode } from 'react';
import { useNavigate } from 'react-router';
import type { SignInState } from '../../../shared/contract/people';
import { SignedInUserContext } from '../../ui/signed-in';
import { ChangePasswordPage } from './ChangePasswordPage';
import { FirstAdministratorPage } from './FirstAdministratorPage';
import { LockOverlay } from './LockOverlay';
import { SessionContext, type Session } from './session';
import { SignInPage } from './SignInPage';
import { useIdleLock } from './use-idle-lock';
import { useSignInGate } from './use-sign-in-gate';

/** A fresh start opens on the first screen: the last user's screen may be one the next cannot use. */
function useStartScreenOnNewGeneration(generation: number): void {
  const navigate = useNavigate();
  const first = useRef(generation);
  useEffect(() => {
    if (generation !== first.current) void navigate('/', { replace: true });
  }, [generation, navigate]);
}

export function SignInGate({ seed, children }: { seed: SignInState | undefined; children: ReactNode }) {
  const gate = useSignInGate(seed);
  const { gate: stage } = gate;
  useStartScreenOnNewGeneration(gate.generation);
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
      return <FirstAdministratorPage officeName={stage.officeName} onDone={gate.enter} />;
    case 'signedOut':
      return <SignInPage officeName={stage.officeName} notice={stage.notice} onSignedIn={gate.enter} />;
    case 'signedIn': {
      const session: Session = { user: stage.user, leave: gate.leave, passwordChanged: gate.passwordChanged };
      return (
        <SessionContext.Provider value={session}>
          <SignedInUserContext.Provider value={stage.user}>
            {stage.user.mustChangePassword ? (
              <ChangePasswordPage />
            ) : (
              <Fragment key={gate.generation}>{children}</Fragment>
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
