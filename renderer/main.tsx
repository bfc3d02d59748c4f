// Entry: settles locale and CSP-related switches before anything renders, checks in browser mode that the
// host takes this tab's token, then mounts the app (or the page saying how to get a valid address).
import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { z } from 'zod';
import { adoptTokenFromUrl, call, checkHostAccess } from './api/client';
import { App } from './App';
import { HostAccessGate } from './layout/HostAccessGate';

// The page's CSP has no 'unsafe-eval': keep zod from probing `new Function` (it would log a violation).
z.config({ jitless: true });
dayjs.locale('zh-cn');
adoptTokenFromUrl();
const today = (await checkHostAccess()) === 'granted' ? await todayOrNothing() : undefined;

const root = document.getElementById('root');
if (!root) throw new Error('缺少 #root 元素');
createRoot(root).render(
  <StrictMode>
    <HostAccessGate>
      <App today={today} />
    </HostAccessGate>
  </StrictMode>,
);

/** Today by the backend's clock, asked before mounting; on failure the app asks again and says why. */
async function todayOrNothing() {
  try {
    return await call('calendar.today', {});
  } catch {
    return undefined;
  }
}
