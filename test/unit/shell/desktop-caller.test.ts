// The desktop window's sign-in is keyed by its web contents: each window is a caller of its own, and the
// renderer never chooses the key.
import { describe, expect, it } from 'vitest';
import { desktopCaller } from '../../../electron/main/desktop-caller';

const from = (id: number) => ({ sender: { id } }) as Parameters<typeof desktopCaller>[0];

describe('the desktop caller', () => {
  it('keys the sign-in by the sending window’s web contents id', () => {
    expect(desktopCaller(from(7))).toEqual({ session: 'window:7' });
  });

  it('tells two windows apart and gives one window the same key each call', () => {
    expect(desktopCaller(from(7))).toEqual(desktopCaller(from(7)));
    expect(desktopCaller(from(7))).not.toEqual(desktopCaller(from(8)));
  });

  it('cannot be the key of a browser tab, which the host prefixes with tab:', () => {
    const caller = desktopCaller(from(7));
    expect(caller !== 'fileHolder' && caller.session.startsWith('window:')).toBe(true);
  });
});
