// Chromium switches that would open the installed app to other programs on the PC, or turn its web
// protections off. The fuses cannot refuse them (enableNodeCliInspectArguments covers only Node's --inspect
// family), so a packaged app declines to start with one; `npm start` keeps them for debugging.
// The switches are read through Chromium's own parser (app.commandLine.hasSwitch), which also knows the
// `-switch` and Windows `/switch` spellings and stops at `--`.

export const refusedLaunchSwitches = [
  // The DevTools protocol on a port or a pipe: any local program could drive the signed-in window.
  'remote-debugging-port',
  'remote-debugging-pipe',
  // V8 flags for every process (natives syntax, disabled JIT mitigations).
  'js-flags',
  // Same-origin and CSP checks off in every window.
  'disable-web-security',
] as const;

// Not refused: --no-sandbox. An AppImage on a system without unprivileged user namespaces (some UOS and
// Kylin installs) cannot start without it. Chromium's OS-level sandbox is then off, but every window still
// runs without Node and with context isolation (window-options.ts).

/** The first refused switch the packaged app was started with, or null (always null in development). */
export function refusedLaunchSwitch(
  isPackaged: boolean,
  hasSwitch: (name: string) => boolean,
): string | null {
  if (!isPackaged) return null;
  return refusedLaunchSwitches.find((name) => hasSwitch(name)) ?? null;
}
