// The books the report tests read: seedYear's 2026 (opening voucher on 2026-01-01, donations, a grant with
// its release, a bank charge), a 办公费 明细科目 under 5201 used in April, and a red reversal of the
// April bank charge.
import type { TestBackend } from '../../../fixtures/backend';
import { addSubAccount, openFundBooks, postRaw, seedYear } from '../../../fixtures/fund-periods';

export async function seededBooks(): Promise<{
  backend: TestBackend;
  elderly: number;
  spend: number;
  sub: number;
}> {
  const backend = await openFundBooks();
  const seed = seedYear(backend);
  const sub = addSubAccount(backend.db, '5201', '520101', '办公费');
  postRaw(backend.db, {
    date: '2026-04-18',
    lines: [
      ['520101', null, 2_000, 0],
      ['1001', null, 0, 2_000],
    ],
  });
  const charge = backend.db.prepare(`SELECT id FROM fund_voucher WHERE kind = 'bank_charge'`).get() as {
    id: number;
  };
  postRaw(backend.db, {
    kind: 'reversal',
    reversesId: charge.id,
    date: '2026-04-30',
    lines: [
      ['5201', null, -500, 0],
      ['1002', null, 0, -500],
    ],
  });
  return { backend, ...seed, sub };
}
