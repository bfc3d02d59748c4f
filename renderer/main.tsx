// Entry: settles locale and CSP-related switches before anything renders, checks in browser mode that the
// host takes this tab's token, then mounts the app (or the page saying how to get a valid address, or
// the recovery page when the ledger cannot be opened).
import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { z } from 'zod';
import { adoptTokenFromUrl, call, checkHostAccess } from './api/client';
import { App } from './App';
import { HostAccessGate } from './layout/HostAccessGate';
import { RecoveryGate } from './features/recovery';

// The page's CSP has no 'unsafe-eval': keep zod from probing `new Function` (it would log a violation).
z.config({ jitless: true });
dayjs.locale('zh-cn');
adoptTokenFromUrl();
// A ledger that cannot be opened is met by the recovery page (features/recovery) before any sign-in.
const ledger =
  (await checkHostAccess()) === 'granted'
    ? await answerOrNothing(() => call('ledger.status', {}))
    : undefined;
const [today, signIn] =
  ledger?.state === 'open'
    ? await Promise.all([
        answerOrNothing(() => call('calendar.today', {})),
        answerOrNothing(() => call('auth.state', {})),
      ])
    : [undefined, undefined];

const root = document.getElementById('root');
if (!root) throw new Error('缺少 #root 元素');
createRoot(root).render(
  <StrictMode>
    <HostAccessGate>
      <RecoveryGate status={ledger}>
        <App today={today} signIn={signIn} />
      </RecoveryGate>
    </HostAccessGate>
  </StrictMode>,
);

/** Asked before mounting, so the first paint is the screen itself; on failure the app asks again and says why. */
async function answerOrNothing<T>(ask: () => Promise<T>): Promise<T | undefined> {
  try {
    return await ask();
  } catch {
    return undefined;
  }
}
