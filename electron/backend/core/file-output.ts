// Wraps produced bytes for the transports: a suggested name and the bytes, never a path. Only the
// transports turn them into something else (the host into base64, the shell into a saved file).
import type { FileOutput } from '../../../shared/contract/files';

export const xlsxMime = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
export const pdfMime = 'application/pdf';

export function fileOutput(fileName: string, mimeType: string, bytes: Uint8Array): FileOutput {
  return { fileName, mimeType, bytes };
}

/** An uploaded file as the channel carries it (base64, checked for size by the contract) → its bytes. The
 * feature's handler decodes it, so services only ever see bytes. */
export function uploadedBytes(base64: string): Uint8Array {
  return Buffer.from(base64, 'base64');
}
