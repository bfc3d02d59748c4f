// A cost sheet whose items are each within their limits but add up past 1 亿元 — or past the safe
// integers — is refused in Chinese naming the cost sheet, not answered with an internal error (found by
// the channel fuzz: 数量 2^53 made the sum's message throw inside the schema).
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fingerprint, openTestBackend, type TestBackend } from '../../fixtures/backend';
import { contractInput } from '../../fixtures/contracts';

let backend: TestBackend;
beforeEach(async () => {
  backend = await openTestBackend();
});
afterEach(() => backend.dispose());

const oneItem = (quantity: number, unitPriceFen: number) => [
  { item: '社区服务', quantity, unit: '项', unitPriceFen },
];

describe('a cost sheet adding up past what money allows', () => {
  it('is refused naming the cost sheet when 1,000,000 × 1 亿元 passes the safe integers', async () => {
    const before = fingerprint(backend.dbPath);
    const result = await backend.send(
      'contracts.create',
      contractInput(1, 1, { costItems: oneItem(1_000_000, 100_000_000_00) }),
    );
    expect(result).toEqual({
      ok: false,
      error: {
        code: 'invalid_input',
        field: 'costItems',
        message: '成本测算：合计 超过 1 亿元，应等于合同价款 120,000.00 元（以事定费）',
      },
    });
    expect(backend.loggedErrors).toEqual([]);
    expect(fingerprint(backend.dbPath)).toBe(before);
  });

  it('is refused for a quantity past the safe integers, by the quantity first', async () => {
    const before = fingerprint(backend.dbPath);
    const result = await backend.send(
      'contracts.create',
      contractInput(1, 1, { costItems: oneItem(2 ** 53, 3) }),
    );
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'invalid_input', field: 'costItems.0.quantity' },
    });
    expect(backend.loggedErrors).toEqual([]);
    expect(fingerprint(backend.dbPath)).toBe(before);
  });
});
