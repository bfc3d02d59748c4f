// The packaged app refuses to start with a Chromium switch that opens it to other programs
// (electron/security/launch-switches.ts); `npm start` keeps them for debugging.
import { describe, expect, it } from 'vitest';
import { launchRefusalBox } from '../../../electron/main/failures/launch-refusal';
import { refusedLaunchSwitch, refusedLaunchSwitches } from '../../../electron/security/launch-switches';

const startedWith =
  (...switches: string[]) =>
  (name: string) =>
    switches.includes(name);

describe('refusedLaunchSwitch', () => {
  it.each(refusedLaunchSwitches)('refuses --%s in the packaged app', (name) => {
    expect(refusedLaunchSwitch(true, startedWith('lang', name))).toBe(name);
  });

  it.each(refusedLaunchSwitches)('lets --%s through in development', (name) => {
    expect(refusedLaunchSwitch(false, startedWith(name))).toBeNull();
  });

  it('starts the packaged app with harmless switches, and with --no-sandbox (some AppImage systems need it)', () => {
    expect(refusedLaunchSwitch(true, startedWith())).toBeNull();
    expect(refusedLaunchSwitch(true, startedWith('lang', 'no-sandbox', 'enable-logging'))).toBeNull();
  });

  it('refuses the DevTools protocol and V8 flags', () => {
    expect(refusedLaunchSwitches).toEqual(
      expect.arrayContaining(['remote-debugging-port', 'remote-debugging-pipe', 'js-flags']),
    );
  });
});

describe('launchRefusalBox', () => {
  it('names the switch and says how to start the app instead, in Chinese', () => {
    const box = launchRefusalBox('remote-debugging-port');
    expect(box.title).toBe('程序不能这样启动');
    expect(box.content).toContain('启动参数 --remote-debugging-port');
    expect(box.content).toContain('请从开始菜单或桌面快捷方式打开本程序');
  });
});
