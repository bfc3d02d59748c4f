// Writes a produced file where the CLI user asked, creating the folder if needed.
import fs from 'node:fs';
import path from 'node:path';
import type { FileOutput } from '../../shared/contract/files';

export function writeFileOutput(file: FileOutput, outPath: string): string {
  const target = path.resolve(outPath);
  fs.mkdirSync(path.dirname(target), { recursive: true });
  fs.writeFileSync(target, file.bytes);
  return target;
}
