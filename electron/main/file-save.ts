// Files produced by the backend (reports, notices) reach the desktop user through a native save dialog:
// the renderer never names a path. These decisions are pure so they can be tested without Electron.
import type { SaveDialogOptions } from 'electron';
import path from 'node:path';
import type { Result } from '../../shared/contract';
import type { FileAnswer, FileOutput } from '../../shared/contract/files';

const filters: Record<string, SaveDialogOptions['filters']> = {
  '.xlsx': [{ name: 'Excel 工作簿', extensions: ['xlsx'] }],
  '.pdf': [{ name: 'PDF 文件', extensions: ['pdf'] }],
  // 导出备份: the clerk picks the USB stick.
  '.sqlite': [{ name: '台账备份', extensions: ['sqlite'] }],
};

/** A suggested name is only a name: any folder part the backend might have put in it is dropped. */
export function saveDialogOptions(file: FileOutput, documentsDir: string): SaveDialogOptions {
  const baseName = path.basename(file.fileName.replaceAll('\\', '/'));
  return {
    title: '保存文件',
    defaultPath: path.join(documentsDir, baseName),
    filters: filters[path.extname(baseName).toLowerCase()] ?? [],
    properties: ['createDirectory', 'showOverwriteConfirmation'],
  };
}

/**
 * Where a file of a series goes in the folder chosen for it: its own name, made unique with 「（2）」,
 * 「（3）」… so one series never overwrites an earlier file.
 */
export function batchFilePath(
  folder: string,
  fileName: string,
  exists: (candidate: string) => boolean,
): string {
  const baseName = path.basename(fileName.replaceAll('\\', '/'));
  const extension = path.extname(baseName);
  const stem = baseName.slice(0, baseName.length - extension.length);
  let candidate = path.join(folder, baseName);
  for (let copy = 2; exists(candidate); copy += 1)
    candidate = path.join(folder, `${stem}（${copy}）${extension}`);
  return candidate;
}

/** What goes back to the renderer once the file is saved (or not): no bytes, only the outcome. */
export function savedResult(file: FileOutput, savedPath: string | undefined): Result<FileAnswer> {
  const { bytes: _kept, ...described } = file;
  return {
    ok: true,
    data: { ...described, savedAs: savedPath ?? '', canceled: savedPath === undefined },
  };
}
