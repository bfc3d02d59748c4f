// The app:// scheme's answers when there is no page to give. The window shows them as plain text, so they
// are written for the clerk, in Chinese. Plain Response objects, so they are tested without Electron.

const plainText = { 'content-type': 'text/plain; charset=utf-8', 'x-content-type-options': 'nosniff' };

const reinstallAdvice = '请关闭后重新打开程序；如果仍然出现，请重新安装本程序。';

/** A request outside the app's files, or a file the installation does not have. */
export function notFoundAnswer(): Response {
  return new Response(`找不到所请求的程序文件，程序的安装可能不完整。${reinstallAdvice}`, {
    status: 404,
    headers: plainText,
  });
}

/** A file that exists but could not be read (a disk error, an antivirus lock). */
export function serverErrorAnswer(): Response {
  return new Response(`读取程序文件时出错，可能是磁盘错误或被杀毒软件锁定。${reinstallAdvice}`, {
    status: 500,
    headers: plainText,
  });
}
