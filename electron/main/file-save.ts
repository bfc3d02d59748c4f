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

/** Why a file could not be written, by Node's error code, in the clerk's words. */
const saveFailures: Record<string, string> = {
  EACCES: '没有权限写入这个位置，请换一个文件夹（例如“文档”或桌面）保存',
  EPERM: '没有权限写入这个文件，或它正被其他程序（例如 Excel、WPS）打开，请关闭后重试或换一个位置保存',
  EBUSY: '文件正被其他程序（例如 Excel、WPS）打开，请关闭该文件后重试',
  ENOSPC: '磁盘空间不足，请清理磁盘或换一个位置保存',
  EROFS: '这个位置是只读的（例如写保护的 U 盘或光盘），请换一个位置保存',
  ENOENT: '所选文件夹不存在或已被移除（U 盘是否已拔出？），请重新选择位置',
  EISDIR: '所选名称是一个文件夹，请换一个文件名',
  ENAMETOOLONG: '文件路径太长，请选择层级较浅的文件夹保存',
};

/** The refusal when writing the chosen file failed: what happened, what to do, and which file. */
export function saveFailureMessage(error: unknown, target: string): string {
  const code = (error as { code?: unknown } | null)?.code;
  const known = typeof code === 'string' ? saveFailures[code] : undefined;
  const explanation =
    known ?? `写入文件时出错，请换一个位置重试（错误代码：${typeof code === 'string' ? code : '未知'}）`;
  return `文件保存失败：${explanation}。文件：${target}`;
}
