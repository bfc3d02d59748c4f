// Drafting and signing through the channels: the draft's rows, editing and discarding, the separation of
// duties, the dates, the commitment against the approved allocation, the gapless numbers and the warnings.
import { describe, expect, it } from 'vitest';
import { fingerprint } from '../../fixtures/backend';
import { contractInput } from '../../fixtures/contracts';
import { addApprover } from '../../fixtures/separation';
import {
  approveYear,
  auditCount,
  backend,
  count,
  draft,
  providerId,
  shijicheng,
  signed,
  wangjiang,
  yuan,
} from './contract-steps-world';

async function refusedUnchanged(
  send: () => Promise<{ ok: boolean; error?: { message: string } }>,
  message: string,
): Promise<void> {
  const before = fingerprint(backend.dbPath);
  const result = await send();
  expect(result.ok).toBe(false);
  expect(result.error?.message).toBe(message);
  expect(fingerprint(backend.dbPath)).toBe(before);
}

const sign = (id: number, signedDate = '2026-03-15') =>
  backend.as('approver').send('contracts.sign', { id, signedDate });

/** A 2026–2027 term with its four conditions and a row per year. */
const twoYears = (first: number, second: number) => ({
  endDate: '2027-12-31',
  priceFen: first + second,
  costItems: [{ item: '社区服务', quantity: 1, unit: '项', unitPriceFen: first + second }],
  multiYear: { contentFixed: true, continuityStrong: true, fundingStable: true, priceStable: true },
  budgetYears: [
    { year: 2026, amountFen: first },
    { year: 2027, amountFen: second },
  ],
  instalments: [
    { label: '首期', amountFen: first, plannedDate: '2026-04-10', gate: 'none' as const },
    { label: '次年', amountFen: second, plannedDate: '2027-04-10', gate: 'none' as const },
  ],
});

describe('drafts', () => {
  it('creates version 1 with its cost items, instalments and one budget year, noted as prepared', async () => {
    const created = await draft();
    expect(created).toMatchObject({
      state: 'draft',
      contractNo: null,
      year: 2026,
      community: { name: '世纪城' },
    });
    expect(created.terms.instalments.map((i) => i.seq)).toEqual([1, 2, 3]);
    expect(created.terms.budgetYears).toEqual([{ year: 2026, amountFen: 120_000_00 }]);
    expect(created.terms.costItems.map((c) => c.amountFen)).toEqual([96_000_00, 24_000_00]);
    expect(created.versions.map((v) => v.version)).toEqual([1]);
    expect(created.warnings.qualification).toContain('尚无资格审查记录');
    const audit = backend.db
      .prepare("SELECT after_json AS after FROM audit_log WHERE entity = 'contract'")
      .get() as { after: string };
    expect(JSON.parse(audit.after)).toMatchObject({ title: created.terms.title, priceFen: 120_000_00 });
    expect(JSON.parse(audit.after).content).toBeUndefined();
  });

  it('edits a draft in place and discards it, leaving no rows and no number gap', async () => {
    const created = await draft();
    const updated = await backend.call('contracts.update', {
      ...contractInput(wangjiang, providerId, { title: '改名后的项目' }),
      id: created.id,
    });
    expect(updated).toMatchObject({ community: { name: '望江' }, terms: { title: '改名后的项目' } });
    expect(count('contract_version')).toBe(1);
    await backend.call('contracts.discard', { id: created.id });
    for (const table of [
      'contract',
      'contract_version',
      'contract_cost_item',
      'contract_instalment',
      'contract_budget_year',
    ])
      expect(count(table)).toBe(0);
    expect((await signed()).contractNo).toBe('购〔2026〕1号');
    expect((await signed({ title: '第二个项目' }, wangjiang)).contractNo).toBe('购〔2026〕2号');
  });

  it('refuses an archived community and a missing one', async () => {
    const missing = await backend.send('contracts.create', contractInput(999, providerId));
    expect(missing).toMatchObject({ ok: false, error: { message: '实施社区：不存在或已被删除' } });
    await backend.call('communities.archive', { id: wangjiang });
    await refusedUnchanged(
      () => backend.send('contracts.create', contractInput(wangjiang, providerId)),
      '实施社区：「望江」已归档，不能订立新合同',
    );
  });

  it('refuses a multi-year draft without the four conditions or budget rows, and a term over 3 years', async () => {
    await refusedUnchanged(
      () =>
        backend.send(
          'contracts.create',
          contractInput(shijicheng, providerId, { ...twoYears(yuan(60_000), yuan(60_000)), multiYear: {} }),
        ),
      '履行期限超过 1 年：须确认「购买内容相对固定」「服务连续性要求较高」「资金支付来源稳定」「价格变化幅度小」（第二十四条）',
    );
    const noRows = await backend.send(
      'contracts.create',
      contractInput(shijicheng, providerId, { ...twoYears(yuan(60_000), yuan(60_000)), budgetYears: [] }),
    );
    expect(noRows.ok || noRows.error.message).toBe('分年度预算：跨年度合同须为 2026、2027 年各列一行预算');
    const tooLong = await backend.send(
      'contracts.create',
      contractInput(shijicheng, providerId, {
        ...twoYears(yuan(60_000), yuan(60_000)),
        endDate: '2029-04-01',
      }),
    );
    expect(tooLong.ok || tooLong.error.message).toContain('最长不得超过 3 年');
  });

  it('refuses editing or discarding a signed contract', async () => {
    const contract = await signed();
    await refusedUnchanged(
      () => backend.send('contracts.discard', { id: contract.id }),
      '已签订的合同不能删除草稿',
    );
    await refusedUnchanged(
      () => backend.send('contracts.update', { ...contractInput(shijicheng, providerId), id: contract.id }),
      '已签订的合同不能修改',
    );
  });
});

describe('contracts.sign', () => {
  it('signs with the number, the signer and the stored warnings', async () => {
    const created = await draft({ content: '为辖区老人提供助餐服务，并配备公益性岗位人员。' });
    const contract = await backend
      .as('approver')
      .call('contracts.sign', { id: created.id, signedDate: '2026-03-15' });
    expect(contract).toMatchObject({
      state: 'signed',
      contractNo: '购〔2026〕1号',
      signedDate: '2026-03-15',
      signedBy: '审核员',
    });
    expect(contract.warnings.negativeList).toEqual(['不得将公益性岗位作为政府购买服务内容']);
    expect(contract.warnings.qualification).toContain('尚无资格审查记录');
    expect(count("audit_log WHERE entity = 'contract' AND action = 'sign'")).toBe(1);
  });

  it('stores the qualification warning as at the signing date', async () => {
    await backend.call('providers.recordCheck', {
      providerId,
      checkedOn: '2025-06-01',
      checkedBy: '陈静',
      creditChina: 'clear',
      procurementBlacklist: 'clear',
      declarationReceived: true,
      note: '',
    });
    const contract = await signed();
    expect(contract.warnings).toEqual({
      negativeList: [],
      qualification: '承接主体最近一次资格审查在 2025-06-01，距签订日期已 287 天，超过 180 天',
    });
    const stored = backend.db
      .prepare('SELECT warnings_json AS json FROM contract WHERE id = ?')
      .get(contract.id) as {
      json: string;
    };
    expect(JSON.parse(stored.json)).toEqual(contract.warnings);
  });

  it('refuses the approver who prepared the draft, and lets another approver sign', async () => {
    const created = await backend
      .as('approver')
      .call('contracts.create', contractInput(shijicheng, providerId));
    await refusedUnchanged(
      () => sign(created.id),
      `签订合同「${created.terms.title}」：审核员编制或修改过这份记录，须由另一位审核人审核（制单与审核分离）。单位只有一人时，可由管理员在「单位设置」中开启一人岗。`,
    );
    const second = await addApprover(backend);
    expect((await second.call('contracts.sign', { id: created.id, signedDate: '2026-03-15' })).signedBy).toBe(
      '王建国',
    );
  });

  it('refuses a signing date after the start or after today, and a second signing', async () => {
    const created = await draft({
      startDate: '2026-03-10',
      instalments: contractInput(0, 0).instalments.map((i) => ({ ...i, plannedDate: '2026-03-10' })),
    });
    await refusedUnchanged(
      () => sign(created.id, '2026-03-12'),
      '签订日期：不得晚于服务开始日期（不得先实施后签订）',
    );
    const later = await draft();
    await refusedUnchanged(() => sign(later.id, '2026-03-16'), '签订日期：不能晚于今天');
    await sign(later.id);
    await refusedUnchanged(() => sign(later.id), '已签订的合同不能签订');
  });

  it('refuses over-commitment with the figures, counting only signed contracts of the community and year', async () => {
    await signed({
      priceFen: yuan(100_000),
      costItems: [{ item: '讲座', quantity: 25, unit: '场', unitPriceFen: yuan(4_000) }],
      instalments: [{ label: '全款', amountFen: yuan(100_000), plannedDate: '2026-04-10', gate: 'none' }],
    });
    await draft({ title: '另一个草稿' });
    await signed({ title: '望江的合同' }, wangjiang);
    const over = await draft({ title: '超出的合同' });
    await refusedUnchanged(
      () => sign(over.id),
      '合同价款：2026 年政府购买服务经费 150,000.00 元，已被合同占用 100,000.00 元，剩余 50,000.00 元，不足以签订本合同（120,000.00 元）',
    );
  });

  it('refuses a contract whose first year is not approved', async () => {
    const created = await draft({
      year: 2027,
      startDate: '2027-04-01',
      endDate: '2027-12-31',
      instalments: contractInput(0, 0).instalments.map((i) => ({ ...i, plannedDate: '2027-04-10' })),
    });
    await refusedUnchanged(
      () => sign(created.id),
      '合同价款：2027 年度经费尚未审批，不能签订合同（先审批该年度政府购买服务经费）',
    );
  });

  it('signs a two-year contract with its later year not yet approved, and checks that year once approved', async () => {
    const contract = await signed(twoYears(yuan(60_000), yuan(60_000)));
    expect(contract.terms.budgetYears).toEqual([
      { year: 2026, amountFen: yuan(60_000) },
      { year: 2027, amountFen: yuan(60_000) },
    ]);
    await approveYear(2027, [yuan(100_000), yuan(80_000)]);
    const next = await draft({ ...twoYears(yuan(10_000), yuan(50_000)), title: '第二个两年期项目' });
    await refusedUnchanged(
      () => sign(next.id),
      '合同价款：2027 年政府购买服务经费 100,000.00 元，已被合同占用 60,000.00 元，剩余 40,000.00 元，不足以签订本合同（50,000.00 元）',
    );
  });

  it('keeps a signed version’s rows: a raw UPDATE or DELETE throws (the triggers)', async () => {
    const contract = await signed();
    expect(() =>
      backend.db.prepare('UPDATE contract_version SET title = ? WHERE contract_id = ?').run('x', contract.id),
    ).toThrow('never changes');
    expect(() =>
      backend.db.prepare('DELETE FROM contract_instalment WHERE contract_id = ?').run(contract.id),
    ).toThrow('never changes');
    const audits = auditCount();
    expect(audits).toBeGreaterThan(0);
  });
});
