// The box a packaged app shows when it is started with a switch it refuses (security/launch-switches.ts).
// Pure, so it is tested without Electron.

export function launchRefusalBox(switchName: string): { title: string; content: string } {
  return {
    title: '程序不能这样启动',
    content:
      `程序收到了启动参数 --${switchName}，它会让其他程序控制或调试本程序、读取台账数据，因此本程序不会启动。\n\n` +
      '请从开始菜单或桌面快捷方式打开本程序。如果快捷方式本身带有这个参数，请联系技术人员检查这台电脑。',
  };
}
