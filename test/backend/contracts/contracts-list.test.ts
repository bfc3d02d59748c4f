// The register's page and the purchased-services budget through the channels: filters, paging in SQL,
// totals over every matching row, the figures of each community's year, and the page's speed at 2,000.
import { describe, expect, it } from 'vitest';
import { contractInput, providerInput, validUscc } from '../../fixtures/contracts';
import { backend, draft, providerId, shijicheng, signed, wangjiang, yuan } from './contract-steps-world';

function paid(contractId: number, amountFen: number, date: string, reversesId: number | null = null) {
  const next = (backend.db.prepare('SELECT count(*) + 1 AS n FROM contract_payment').get() as { n: number })
    .n;
  backend.db
    .prepare(
      `INSERT INTO contract_payment (contract_id, instalment_seq, payment_year, payment_seq, date, amount_fen,
         voucher_no, status, requested_by, requested_at, decided_by, decided_at, reverses_id)
       VALUES (?, 1, 2026, ?, ?, ?, '记-1', 'paid', '测试员', '2026-03-15T09:00:00', '审核员', '2026-03-15T10:00:00', ?)`,
    )
    .run(contractId, next, date, amountFen, reversesId);
  return next;
}

const price = (fen: number) => ({
  priceFen: fen,
  costItems: [{ item: '社区服务', quantity: 1, unit: '项', unitPriceFen: fen }],
  instalments: [{ label: '全款', amountFen: fen, plannedDate: '2026-04-10', gate: 'none' as const }],
});

describe('contracts.list', () => {
  it('filters, pages and totals over every matching row', async () => {
    const other = await backend.call(
      'providers.create',
      providerInput({ name: '望江社工站', uscc: validUscc(9) }),
    );
    const a = await signed({ ...price(yuan(50_000)), title: '助老服务' });
    const b = await signed({ ...price(yuan(40_000)), title: '青少年服务' });
    const c = await backend.as('approver').call('contracts.sign', {
      id: (
        await backend.call(
          'contracts.create',
          contractInput(wangjiang, other.id, { ...price(yuan(30_000)), title: '助残服务' }),
        )
      ).id,
      signedDate: '2026-03-15',
    });
    const d = await draft({ ...price(yuan(20_000)), title: '草稿服务' });
    paid(a.id, yuan(10_000), '2026-03-15');
    paid(c.id, yuan(5_000), '2026-03-15');
    const all = await backend.call('contracts.list', { search: '', page: 1, pageSize: 20 });
    expect(all.rows.map((r) => r.id)).toEqual([a.id, b.id, c.id, d.id]);
    expect(all.rows.map((r) => r.contractNo)).toEqual([
      '购〔2026〕1号',
      '购〔2026〕2号',
      '购〔2026〕3号',
      null,
    ]);
    expect(all.total).toBe(4);
    expect(all.totals).toEqual({
      priceFen: yuan(140_000),
      paidFen: yuan(15_000),
      remainingFen: yuan(125_000),
    });
    const page2 = await backend.call('contracts.list', { search: '', page: 2, pageSize: 3 });
    expect(page2.rows.map((r) => r.id)).toEqual([d.id]);
    expect(page2.total).toBe(4);
    expect(page2.totals.priceFen).toBe(yuan(140_000));
    const ids = async (filter: object) =>
      (await backend.call('contracts.list', { search: '', page: 1, pageSize: 20, ...filter })).rows.map(
        (r) => r.id,
      );
    expect(await ids({ communityId: wangjiang })).toEqual([c.id]);
    expect(await ids({ providerId: other.id })).toEqual([c.id]);
    expect(await ids({ state: 'draft' })).toEqual([d.id]);
    expect(await ids({ year: 2027 })).toEqual([]);
    expect(await ids({ search: '助' })).toEqual([a.id, c.id]);
    expect(await ids({ search: '购〔2026〕2号' })).toEqual([b.id]);
    expect(await ids({ search: '望江社工' })).toEqual([c.id]);
    expect((await ids({ search: '100%' })).length).toBe(0);
    const [row] = (await backend.call('contracts.list', { search: '', page: 1, pageSize: 1 })).rows;
    expect(row).toMatchObject({
      communityName: '世纪城',
      providerName: '成都市锦江区乐仁社会工作服务中心',
      paidFen: yuan(10_000),
      remainingFen: yuan(40_000),
      lastGrade: null,
    });
    expect(providerId).toBe(a.provider.id);
  });

  it('answers a page of 2,000 contracts fast', async () => {
    const model = await draft();
    const copy = backend.db.transaction(() => {
      for (let i = 0; i < 2_000; i++) {
        const id = Number(
          backend.db
            .prepare(
              `INSERT INTO contract (year, community_id, provider_id, created_by, created_at)
               SELECT year, community_id, provider_id, created_by, created_at FROM contract WHERE id = ?`,
            )
            .run(model.id).lastInsertRowid,
        );
        for (const table of [
          'contract_version',
          'contract_cost_item',
          'contract_instalment',
          'contract_budget_year',
        ]) {
          const columns = (
            backend.db.prepare(`SELECT name FROM pragma_table_info('${table}')`).all() as { name: string }[]
          )
            .map((c) => c.name)
            .filter((name) => name !== 'contract_id');
          backend.db
            .prepare(
              `INSERT INTO ${table} (contract_id, ${columns.join()}) SELECT ?, ${columns.join()} FROM ${table} WHERE contract_id = ?`,
            )
            .run(id, model.id);
        }
        backend.db
          .prepare(
            "UPDATE contract SET state = 'signed', contract_seq = ?, signed_date = '2026-03-15', signed_by = '审核员' WHERE id = ?",
          )
          .run(i + 1, id);
      }
    });
    copy();
    const started = performance.now();
    const page = await backend.call('contracts.list', { search: '老年人', page: 50, pageSize: 20 });
    const budget = await backend.call('contracts.budget', { year: 2026 });
    const elapsed = performance.now() - started;
    expect(page.total).toBe(2_001);
    expect(page.rows).toHaveLength(20);
    expect(page.totals.priceFen).toBe(2_001 * yuan(120_000));
    expect(budget[0]).toMatchObject({ contracts: 2_000, committedFen: 2_000 * yuan(120_000) });
    expect(elapsed).toBeLessThan(1_000);
  });
});

describe('contracts.budget', () => {
  it('gives each community its allocation, commitments of signed contracts, payments of the year and what remains', async () => {
    const a = await signed(price(yuan(100_000)));
    await draft(price(yuan(30_000)));
    await signed(price(yuan(60_000)), wangjiang);
    const first = paid(a.id, yuan(20_000), '2026-03-15');
    paid(a.id, yuan(5_000), '2026-03-15');
    paid(a.id, -yuan(5_000), '2026-03-15', first + 1);
    paid(a.id, yuan(1_000), '2025-12-31');
    const budget = await backend.call('contracts.budget', { year: 2026 });
    expect(budget).toEqual([
      {
        communityId: shijicheng,
        communityName: '世纪城',
        year: 2026,
        allocatedFen: yuan(150_000),
        committedFen: yuan(100_000),
        paidFen: yuan(20_000),
        remainingFen: yuan(50_000),
        contracts: 1,
      },
      {
        communityId: wangjiang,
        communityName: '望江',
        year: 2026,
        allocatedFen: yuan(130_000),
        committedFen: yuan(60_000),
        paidFen: 0,
        remainingFen: yuan(70_000),
        contracts: 1,
      },
    ]);
    expect(await backend.call('contracts.budget', { year: 2026, communityId: wangjiang })).toHaveLength(1);
    expect(await backend.call('contracts.budget', { year: 2027 })).toEqual([]);
  });

  it('attributes a terminated contract’s settlement to its years in order', async () => {
    const contract = await signed({
      ...price(yuan(120_000)),
      endDate: '2027-06-30',
      multiYear: { contentFixed: true, continuityStrong: true, fundingStable: true, priceStable: true },
      budgetYears: [
        { year: 2026, amountFen: yuan(60_000) },
        { year: 2027, amountFen: yuan(60_000) },
      ],
    });
    await backend.as('approver').call('contracts.terminate', {
      id: contract.id,
      date: '2026-03-15',
      reason: '服务需求取消',
      settlementFen: yuan(70_000),
    });
    const committed = async (year: number) =>
      (await backend.call('contracts.budget', { year, communityId: shijicheng }))[0]!.committedFen;
    expect([await committed(2026), await committed(2027)]).toEqual([yuan(60_000), yuan(10_000)]);
  });

  it('lists a later year of a multi-year contract with no allocation yet (null)', async () => {
    await signed({
      ...price(yuan(100_000)),
      endDate: '2027-06-30',
      multiYear: { contentFixed: true, continuityStrong: true, fundingStable: true, priceStable: true },
      budgetYears: [
        { year: 2026, amountFen: yuan(70_000) },
        { year: 2027, amountFen: yuan(30_000) },
      ],
    });
    expect(await backend.call('contracts.budget', { year: 2027 })).toEqual([
      {
        communityId: shijicheng,
        communityName: '世纪城',
        year: 2027,
        allocatedFen: null,
        committedFen: yuan(30_000),
        paidFen: 0,
        remainingFen: null,
        contracts: 1,
      },
    ]);
  });
});
