// Wraps produced bytes for the transports: a suggested name and the bytes, never a path. Only the
// transports turn them into something else (the host into base64, the shell into a saved file).
import type { FileOutput } from '../../../shared/contract/files';

export const xlsxMime = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
export const pdfMime = 'application/pdf';

export function fileOutput(fileName: string, mimeType: string, bytes: Uint8Array): FileOutput {
  return { fileName, mimeType, bytes };
}
