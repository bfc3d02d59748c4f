// The sign-in gate's state and its moves. Every change of user forgets the data read so far (only today
// stays) and starts the screens afresh; unlocking as the same user keeps them, unsaved input included.
import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useState } from 'react';
import type { SignedInUser, SignInState } from '../../../../shared/contract/people';
import { call } from '../../../api/client';
import { toApiError } from '../../../api/errors';
import { onSignInEnded } from '../../../api/sign-in-events';
import { endedNotice, idleNotice, resumesWork, stageOf, type GateStage } from './gate-stage';
import { forgetSignedInData } from '../queries';

export interface SignInGate {
  gate: GateStage;
  /** A fresh start: the screens are keyed by its count, so a new user gets new ones, opening at `path`. */
  start: { count: number; path: string };
  retry: () => void;
  /** Signed in from the sign-in screen or the first-start screen; the screens start afresh at `path`. */
  enter: (path?: string) => Promise<void>;
  /** Signed in over the lock: the same user goes on, another starts clean. */
  unlock: (user: SignedInUser) => Promise<void>;
  leave: (notice: string) => Promise<void>;
  lockIdle: () => void;
  keepAlive: () => void;
  passwordChanged: (user: SignedInUser) => void;
}

async function readState(): Promise<SignInState> {
  return call('auth.state', {});
}

export function useSignInGate(seed: SignInState | undefined): SignInGate {
  const queryClient = useQueryClient();
  const [gate, setGate] = useState<GateStage>(() => (seed ? stageOf(seed) : { stage: 'loading' }));
  const [start, setStart] = useState({ count: 0, path: '/' });

  const load = useCallback(
    (notice?: string) =>
      readState().then(
        (state) => setGate(stageOf(state, notice)),
        (error: unknown) => setGate({ stage: 'unreachable', message: toApiError(error).message }),
      ),
    [],
  );

  // Without main.tsx's answer (it failed), asked here; a failure again offers 重试.
  useEffect(() => {
    if (!seed) void load();
  }, [seed, load]);

  const lock = useCallback((notice: string) => {
    setGate((current) =>
      current.stage === 'signedIn' && current.lock === null
        ? { ...current, lock: { user: current.user, notice } }
        : current,
    );
  }, []);

  // A call finding the sign-in ended on the Node side locks the window with the Node side's reason.
  useEffect(() => onSignInEnded(lock), [lock]);

  const enter = useCallback(
    async (path = '/') => {
      forgetSignedInData(queryClient);
      setStart((previous) => ({ count: previous.count + 1, path }));
      await load();
    },
    [queryClient, load],
  );

  const unlock = useCallback(
    async (user: SignedInUser) => {
      if (gate.stage !== 'signedIn' || gate.lock === null || !resumesWork(gate.lock, user)) {
        await enter();
        return;
      }
      setGate({ ...gate, user, lock: null });
      // Whatever failed while locked is asked again, as the same user.
      await queryClient.invalidateQueries();
    },
    [gate, enter, queryClient],
  );

  const leave = useCallback(
    async (notice: string) => {
      await call('auth.signOut', {}).catch(() => undefined);
      forgetSignedInData(queryClient);
      await load(notice);
    },
    [queryClient, load],
  );

  const lockIdle = useCallback(() => {
    if (gate.stage !== 'signedIn') return;
    lock(idleNotice(gate.idleMinutes));
    // The Node side's sign-in ends too: a window left open is not kept signed in by its clock's polling.
    void call('auth.signOut', {}).catch(() => undefined);
  }, [gate, lock]);

  // The clerk is working: a call that needs the sign-in keeps the Node side's idle clock going (the sign-in
  // screen's own auth.state does not count as work), then the state brings a renamed user or new settings.
  const keepAlive = useCallback(() => {
    void call('people.settings', {})
      .then(readState)
      .then(({ user, idleMinutes, officeName }) => {
        if (user === null) lock(endedNotice);
        else
          setGate((current) =>
            current.stage === 'signedIn' && current.lock === null
              ? { ...current, user, idleMinutes, officeName }
              : current,
          );
      })
      .catch(() => undefined);
  }, [lock]);

  const passwordChanged = useCallback((user: SignedInUser) => {
    setGate((current) => (current.stage === 'signedIn' ? { ...current, user } : current));
  }, []);

  return {
    gate,
    start,
    retry: () => void load(),
    enter,
    unlock,
    leave,
    lockIdle,
    keepAlive,
    passwordChanged,
  };
}
