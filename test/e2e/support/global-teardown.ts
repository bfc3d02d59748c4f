// Removes the run's temporary databases once the hosts have stopped.
import fs from 'node:fs';

export default function globalTeardown(): void {
  const dir = process.env.LEDGER_E2E_DIR;
  if (dir && dir.includes('ledger-e2e-')) fs.rmSync(dir, { recursive: true, force: true });
}
