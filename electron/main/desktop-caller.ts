// The desktop window's sign-in is keyed by its web contents: a reload keeps it, a new window starts
// signed out. The renderer never sees or sends the key.
import type { IpcMainInvokeEvent } from 'electron';
import { sessionCaller, type Caller } from '../backend/api/caller';

export function desktopCaller(event: Pick<IpcMainInvokeEvent, 'sender'>): Caller {
  return sessionCaller(`window:${event.sender.id}`);
}
