// Only frames loaded from the app's own scheme may call the backend over IPC.
import { isAppUrl } from './navigation';

export function isTrustedSender(senderFrameUrl: string | undefined | null): boolean {
  return typeof senderFrameUrl === 'string' && isAppUrl(senderFrameUrl);
}
