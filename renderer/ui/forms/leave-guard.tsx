// Leaving a form with unsaved changes asks first. Every form made with useSchemaForm registers how to
// tell whether it has changes; one router blocker (react-router allows one at a time) asks before any
// move to another screen, and FormModal asks the same before a modal form is closed. Switching user or
// signing out asks too (useUnsavedChanges), in its own words.
import { App } from 'antd';
import { createContext, useContext, useEffect, useMemo, useRef, type ReactNode } from 'react';
import { useBlocker } from 'react-router';

export const leaveQuestion = '有未保存的修改，确定要离开吗？';

type HasChanges = () => boolean;
type Register = (hasChanges: HasChanges) => () => void;

interface LeaveGuard {
  register: Register;
  anyChanges: HasChanges;
}

// Outside the provider (a form rendered alone) nothing is guarded.
const LeaveGuardContext = createContext<LeaveGuard>({
  register: () => () => undefined,
  anyChanges: () => false,
});

/** Asks the leave question; `onLeave` runs only when the clerk confirms. */
export function confirmLeave(
  modal: ReturnType<typeof App.useApp>['modal'],
  onLeave: () => void,
  onStay?: () => void,
): void {
  modal.confirm({
    title: leaveQuestion,
    content: '离开后，本页填写的内容不会保存。',
    okText: '离开',
    cancelText: '留下继续填写',
    onOk: onLeave,
    onCancel: onStay,
  });
}

export function LeaveGuardProvider({ children }: { children: ReactNode }) {
  const { modal } = App.useApp();
  const forms = useRef(new Set<HasChanges>());
  // Only a move to another screen leaves the form; a filter written into the query string does not.
  const blocker = useBlocker(
    ({ currentLocation, nextLocation }) =>
      currentLocation.pathname !== nextLocation.pathname &&
      [...forms.current].some((hasChanges) => hasChanges()),
  );
  useEffect(() => {
    if (blocker.state === 'blocked')
      confirmLeave(
        modal,
        () => blocker.proceed(),
        () => blocker.reset(),
      );
  }, [blocker, modal]);
  const guard = useMemo<LeaveGuard>(
    () => ({
      register: (hasChanges) => {
        forms.current.add(hasChanges);
        return () => forms.current.delete(hasChanges);
      },
      anyChanges: () => [...forms.current].some((hasChanges) => hasChanges()),
    }),
    [],
  );
  return <LeaveGuardContext.Provider value={guard}>{children}</LeaveGuardContext.Provider>;
}

/** Guards the screen the calling form is on for as long as it is mounted. */
export function useLeaveGuard(hasChanges: HasChanges): void {
  const { register } = useContext(LeaveGuardContext);
  useEffect(() => register(hasChanges), [register, hasChanges]);
}

/** Whether any form on screen (a modal form included) has unsaved changes, asked at the moment of calling. */
export function useUnsavedChanges(): HasChanges {
  return useContext(LeaveGuardContext).anyChanges;
}
