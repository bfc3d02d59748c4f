// Wraps produced bytes for the transports: a suggested name and base64, never a path.
import type { FileOutput } from '../../../shared/features/funding/contract';

export const xlsxMime = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
export const pdfMime = 'application/pdf';

export function fileOutput(fileName: string, mimeType: string, bytes: Buffer | Uint8Array): FileOutput {
  return { fileName, mimeType, base64: Buffer.from(bytes).toString('base64') };
}
