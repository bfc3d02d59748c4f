// Reads a password from the terminal without echoing it; from a pipe, the first line.
import readline from 'node:readline';

export function readPassword(prompt: string): Promise<string> {
  const input = process.stdin;
  if (!input.isTTY) return readFirstLine(input);
  return new Promise((resolve, reject) => {
    process.stderr.write(prompt);
    input.setRawMode(true);
    input.resume();
    let typed = '';
    const done = (error?: Error) => {
      input.setRawMode(false);
      input.pause();
      input.off('data', onData);
      process.stderr.write('\n');
      if (error) reject(error);
      else resolve(typed);
    };
    const onData = (chunk: Buffer) => {
      for (const char of chunk.toString('utf8')) {
        if (char === '\r' || char === '\n') return done();
        if (char === '\u0003') return done(new Error('已取消'));
        if (char === '\u007f' || char === '\b') typed = typed.slice(0, -1);
        else typed += char;
      }
    };
    input.on('data', onData);
  });
}

function readFirstLine(input: NodeJS.ReadStream): Promise<string> {
  return new Promise((resolve, reject) => {
    const lines = readline.createInterface({ input });
    const noLine = () => reject(new Error('未读到密码：请设置 LEDGER_PASSWORD 或在提示时输入'));
    lines.once('line', (line) => {
      // close() emits 'close' at once: without this, a password that was read would be refused.
      lines.off('close', noLine);
      lines.close();
      resolve(line);
    });
    lines.once('close', noLine);
  });
}
