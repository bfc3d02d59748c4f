// Donors through the channels: the published name of an anonymous donor, the organisation's USCC
// validated and unique, the list with search and paging, corrections audited.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { usccCheckCharacter } from '../../../../shared/domain/uscc';
import { fingerprint, openTestBackend, type TestBackend } from '../../../fixtures/backend';
import { validUscc } from '../../../fixtures/contracts';
import { organisationDonor, personDonor } from '../../../fixtures/fund-donations';

let backend: TestBackend;
beforeEach(async () => {
  backend = await openTestBackend();
});
afterEach(() => backend.dispose());

async function refused(
  channel: 'fund.createDonor',
  input: Parameters<TestBackend['send']>[1],
  message: string,
) {
  const before = fingerprint(backend.dbPath);
  const result = await backend.send(channel, input as never);
  expect(result.ok).toBe(false);
  if (!result.ok) expect(result.error.message).toContain(message);
  expect(fingerprint(backend.dbPath)).toBe(before);
}

describe('fund.createDonor', () => {
  it('publishes a named donor under the name itself and an anonymous one as 爱心人士 or the chosen name', async () => {
    const named = await backend.call('fund.createDonor', personDonor({ publishedName: '别的名字' }));
    expect(named).toMatchObject({ name: '王小明', anonymous: false, publishedName: '王小明' });
    const anonymous = await backend.call('fund.createDonor', personDonor({ name: '赵六', anonymous: true }));
    expect(anonymous.publishedName).toBe('爱心人士');
    const chosen = await backend.call(
      'fund.createDonor',
      personDonor({ name: '钱七', anonymous: true, publishedName: '一位老党员' }),
    );
    expect(chosen.publishedName).toBe('一位老党员');
    const audit = backend.db
      .prepare("SELECT count(*) AS n FROM audit_log WHERE entity = 'fund_donor' AND action = 'create'")
      .get() as { n: number };
    expect(audit.n).toBe(3);
  });

  it('validates an organisation USCC, folds it to capitals, and refuses a bad or repeated one', async () => {
    const code = validUscc(41);
    const organisation = await backend.call(
      'fund.createDonor',
      organisationDonor({ uscc: ` ${code.toLowerCase()} ` }),
    );
    expect(organisation.uscc).toBe(code);
    const bad = `${code.slice(0, 17)}${usccCheckCharacter(code.slice(0, 17)) === '0' ? '1' : '0'}`;
    await refused(
      'fund.createDonor',
      organisationDonor({ name: '乙公司', uscc: bad }),
      '统一社会信用代码：校验位',
    );
    await refused(
      'fund.createDonor',
      organisationDonor({ name: '丙公司' }),
      '统一社会信用代码：与已登记的捐赠人「昆明市官渡区爱心企业有限公司」重复',
    );
    await refused('fund.createDonor', personDonor({ uscc: code }), '统一社会信用代码：个人捐赠人不填写');
    // Optional: an organisation without a code is taken.
    expect(
      (await backend.call('fund.createDonor', organisationDonor({ name: '丁协会', uscc: '' }))).uscc,
    ).toBe('');
  });

  it('is for preparers: 管理员 is refused', async () => {
    const result = await backend.as('administrator').send('fund.createDonor', personDonor());
    expect(result.ok).toBe(false);
  });
});

describe('fund.updateDonor, fund.donors and fund.donor', () => {
  it('corrects a donor (anonymous again → 爱心人士), audited with before and after', async () => {
    const donor = await backend.call('fund.createDonor', personDonor());
    const updated = await backend.call('fund.updateDonor', {
      ...personDonor({ anonymous: true }),
      id: donor.id,
    });
    expect(updated.publishedName).toBe('爱心人士');
    const row = backend.db
      .prepare(
        "SELECT before_json, after_json FROM audit_log WHERE entity = 'fund_donor' AND action = 'update'",
      )
      .get() as { before_json: string; after_json: string };
    expect(JSON.parse(row.before_json).publishedName).toBe('王小明');
    expect(JSON.parse(row.after_json).publishedName).toBe('爱心人士');
  });

  it('lists with search and paging, counting what each gave; the card has the giving history', async () => {
    for (const name of ['甲', '乙', '丙']) await backend.call('fund.createDonor', personDonor({ name }));
    const organisation = await backend.call('fund.createDonor', organisationDonor());
    const page = await backend.as('administrator').call('fund.donors', { search: '', page: 1, pageSize: 2 });
    expect(page.total).toBe(4);
    expect(page.rows.map((row) => row.name)).toEqual(['昆明市官渡区爱心企业有限公司', '丙']);
    expect(page.rows[0]).toMatchObject({ givenFen: 0, donations: 0, lastDonationDate: null });
    const found = await backend.call('fund.donors', { search: '爱心企业' });
    expect(found.rows.map((row) => row.id)).toEqual([organisation.id]);
    const card = await backend.call('fund.donor', { id: organisation.id });
    expect(card.donor.name).toBe('昆明市官渡区爱心企业有限公司');
    expect(card.donations).toEqual([]);
    const missing = await backend.send('fund.donor', { id: 999 });
    expect(missing.ok ? null : missing.error.message).toBe('捐赠人不存在或已被删除');
  });
});
