// The verify worker when running from the sources (vitest, the host under tsx): a worker thread starts
// without the parent's TypeScript loader, so this registers tsx's in the thread, then loads the worker.
import { register } from 'tsx/esm/api';

register();
await import('./verify-worker.ts');
