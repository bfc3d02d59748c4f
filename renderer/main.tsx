// Entry: settles locale and CSP-related switches before anything renders, then mounts the app.
import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { z } from 'zod';
import { adoptTokenFromUrl } from './api/client';
import { App } from './App';

// The page's CSP has no 'unsafe-eval': keep zod from probing `new Function` (it would log a violation).
z.config({ jitless: true });
dayjs.locale('zh-cn');
adoptTokenFromUrl();

const root = document.getElementById('root');
if (!root) throw new Error('缺少 #root 元素');
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
