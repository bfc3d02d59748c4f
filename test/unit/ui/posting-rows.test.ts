// The posting table's row rules: the net counts a reversal against its original, the reversal state
// names which side of a reversal a row is on, and rows order by date then by entry.
import { describe, expect, it } from 'vitest';
import { byPostingDate, netFen, reversalState } from '../../../renderer/ui/posting-rows';

const row = (
  id: number,
  date: string,
  amountFen: number,
  reversesId: number | null = null,
  reversedById: number | null = null,
) => ({
  id,
  date,
  amountFen,
  actor: '张会计',
  createdAt: '2026-03-01T09:00:00+08:00',
  reversesId,
  reversedById,
});

describe('posting rows', () => {
  it('nets a reversal against the posting it reverses', () => {
    expect(
      netFen([
        row(1, '2026-03-01', 50_000, null, 2),
        row(2, '2026-03-02', -50_000, 1),
        row(3, '2026-03-03', 12_345),
      ]),
    ).toBe(12_345);
    expect(netFen([])).toBe(0);
  });

  it('tells a reversal, a reversed posting and a valid one apart', () => {
    expect(reversalState(row(2, '2026-03-02', -50_000, 1))).toBe('reversal');
    expect(reversalState(row(1, '2026-03-01', 50_000, null, 2))).toBe('reversed');
    expect(reversalState(row(3, '2026-03-03', 100))).toBe('valid');
  });

  it('orders by date, then by the order of entry', () => {
    const rows = [row(5, '2026-03-02', 1), row(4, '2026-03-02', 1), row(9, '2026-03-01', 1)];
    expect([...rows].sort(byPostingDate).map((r) => r.id)).toEqual([9, 4, 5]);
  });
});
