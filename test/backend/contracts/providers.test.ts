// Providers through the channels: entry with its identifier checked, duplicates refused naming the field,
// suspension and reactivation, the append-only qualification checks, the list and the card.
import { describe, expect, it } from 'vitest';
import { usccCheckCharacter } from '../../../shared/domain/uscc';
import { fingerprint } from '../../fixtures/backend';
import { contractInput, providerInput, validIdNumber, validUscc } from '../../fixtures/contracts';
import { auditCount, backend, count, draft, providerId, setNow, signed } from './contract-steps-world';

function auditRows(action: string) {
  return backend.db
    .prepare(
      "SELECT action, entity, entity_id AS entityId, before_json AS before, after_json AS after FROM audit_log WHERE entity = 'provider' AND action = ?",
    )
    .all(action) as { action: string; entityId: number; before: string | null; after: string | null }[];
}

const checkInput = (checkedOn: string) => ({
  providerId,
  checkedOn,
  checkedBy: '陈静',
  creditChina: 'clear' as const,
  procurementBlacklist: 'clear' as const,
  declarationReceived: true,
  note: '',
});

describe('providers.create and update', () => {
  it('creates a provider with an audit row, and a person with a valid ID number', async () => {
    const person = await backend.call(
      'providers.create',
      providerInput({ name: '张三', kind: 'individual', uscc: '', idNumber: validIdNumber(7) }),
    );
    expect(person).toMatchObject({
      kind: 'individual',
      uscc: '',
      idNumber: validIdNumber(7),
      status: 'active',
    });
    expect(auditRows('create').map((row) => row.entityId)).toEqual([providerId, person.id]);
  });

  it.each([
    [
      'a bad USCC',
      providerInput({ name: '甲', uscc: '91510100MA61234567' }),
      `统一社会信用代码：校验位应为“${usccCheckCharacter('91510100MA6123456')}”，现为“7”`,
    ],
    ['a missing USCC', providerInput({ name: '甲', uscc: '' }), '统一社会信用代码：不能为空'],
    [
      'a wrong ID check digit',
      providerInput({
        name: '乙',
        kind: 'individual',
        uscc: '',
        idNumber: `${validIdNumber(3).slice(0, 17)}${validIdNumber(3).endsWith('0') ? '1' : '0'}`,
      }),
      '身份证号码：',
    ],
    [
      '公益一类事业单位 (第八条)',
      providerInput({ name: '丙', kind: 'public_welfare_institution' }),
      '第八条',
    ],
    [
      '财政拨款保障的群团组织 (第六条)',
      providerInput({ name: '丁', kind: 'fiscally_funded_mass_organisation' }),
      '第六条',
    ],
  ])('refuses %s, changing nothing', async (_, input, message) => {
    const before = fingerprint(backend.dbPath);
    const result = await backend.send('providers.create', input);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.message).toContain(message);
    expect(fingerprint(backend.dbPath)).toBe(before);
  });

  it.each([
    [
      'name',
      providerInput({ uscc: validUscc(2) }),
      '名称：与已登记的承接主体「成都市锦江区乐仁社会工作服务中心」重复',
    ],
    [
      'uscc',
      providerInput({ name: '另一家' }),
      '统一社会信用代码：与已登记的承接主体「成都市锦江区乐仁社会工作服务中心」重复',
    ],
  ])('refuses a duplicate %s naming the field', async (field, input, message) => {
    const before = [count('provider'), auditCount()];
    const result = await backend.send('providers.create', input);
    expect(result).toMatchObject({ ok: false, error: { code: 'conflict', message, field } });
    expect([count('provider'), auditCount()]).toEqual(before);
  });

  it('refuses a duplicate ID number, and an update onto another provider’s USCC', async () => {
    const person = providerInput({ name: '张三', kind: 'individual', uscc: '', idNumber: validIdNumber(7) });
    await backend.call('providers.create', person);
    const twin = await backend.send('providers.create', { ...person, name: '张三丰' });
    expect(twin).toMatchObject({
      ok: false,
      error: { message: '身份证号码：与已登记的承接主体「张三」重复' },
    });
    const other = await backend.call(
      'providers.create',
      providerInput({ name: '另一家', uscc: validUscc(2) }),
    );
    const result = await backend.send('providers.update', {
      ...providerInput({ name: '另一家' }),
      id: other.id,
    });
    expect(result).toMatchObject({ ok: false, error: { field: 'uscc' } });
  });

  it('updates, keeping before and after in the audit row', async () => {
    const updated = await backend.call('providers.update', {
      ...providerInput({ contactPerson: '李明' }),
      id: providerId,
    });
    expect(updated.contactPerson).toBe('李明');
    const [row] = auditRows('update');
    expect(JSON.parse(row!.before!).contactPerson).toBe('陈静');
    expect(JSON.parse(row!.after!).contactPerson).toBe('李明');
  });
});

describe('providers.suspend and reactivate', () => {
  it('suspends with a reason, refusing a new contract and the signing of a draft, then restores', async () => {
    const waiting = await draft();
    const suspended = await backend.call('providers.suspend', {
      id: providerId,
      reason: '服务质量投诉核查中',
    });
    expect(suspended).toMatchObject({ status: 'suspended', suspendedReason: '服务质量投诉核查中' });
    expect(auditRows('suspend')).toHaveLength(1);
    const before = fingerprint(backend.dbPath);
    const created = await backend.send('contracts.create', contractInput(waiting.community.id, providerId));
    expect(created).toMatchObject({ ok: false, error: { code: 'conflict', field: 'providerId' } });
    if (!created.ok)
      expect(created.error.message).toContain('已暂停合作（服务质量投诉核查中），不能订立新合同');
    const signing = await backend
      .as('approver')
      .send('contracts.sign', { id: waiting.id, signedDate: '2026-03-15' });
    expect(signing.ok).toBe(false);
    if (!signing.ok) expect(signing.error.message).toContain('已暂停合作');
    expect(fingerprint(backend.dbPath)).toBe(before);
    const restored = await backend.call('providers.reactivate', { id: providerId });
    expect(restored).toMatchObject({ status: 'active', suspendedReason: '' });
    expect(auditRows('restore')).toHaveLength(1);
    await backend.as('approver').call('contracts.sign', { id: waiting.id, signedDate: '2026-03-15' });
  });
});

describe('providers.recordCheck, list and get', () => {
  it('appends checks newest first and warns on a missing or stale check', async () => {
    expect((await backend.call('providers.get', { id: providerId })).checkWarning).toContain(
      '尚无资格审查记录',
    );
    await backend.call('providers.recordCheck', checkInput('2025-06-01'));
    const card = await backend.call('providers.recordCheck', checkInput('2026-03-10'));
    expect(card.checks.map((check) => check.checkedOn)).toEqual(['2026-03-10', '2025-06-01']);
    expect(card.provider.lastCheck?.checkedOn).toBe('2026-03-10');
    expect(card.checkWarning).toBeNull();
    expect(auditRows('check')).toHaveLength(2);
    const listed = await backend.call('providers.list', { search: '' });
    expect(listed.map((row) => row.lastCheck?.checkedOn ?? null)).toEqual(['2026-03-10']);
    await setNow('2026-12-01');
    const later = await backend.call('providers.get', { id: providerId });
    expect(later.checkWarning).toBe(
      '承接主体最近一次资格审查在 2026-03-10，距签订日期已 266 天，超过 180 天',
    );
    expect(() => backend.db.prepare('UPDATE provider_check SET note = ?').run('x')).toThrow('append-only');
  });

  it('refuses a check dated after today, changing nothing', async () => {
    const before = fingerprint(backend.dbPath);
    const result = await backend.send('providers.recordCheck', checkInput('2026-03-16'));
    expect(result).toMatchObject({
      ok: false,
      error: { message: '查询日期：不能晚于今天', field: 'checkedOn' },
    });
    expect(fingerprint(backend.dbPath)).toBe(before);
  });

  it('lists with the contract figures and filters, and the card has the history', async () => {
    await draft();
    const contract = await signed({ title: '2026 年度青少年课后托管服务项目' });
    const other = await backend.call(
      'providers.create',
      providerInput({ name: '锦江区睦邻志愿服务队', kind: 'volunteer_organisation', uscc: validUscc(5) }),
    );
    await backend.call('providers.suspend', { id: other.id, reason: '年检未通过' });
    const [row] = await backend.call('providers.list', { search: '乐仁', status: 'active' });
    expect(row).toMatchObject({
      id: providerId,
      contracts: 2,
      contractedFen: 120_000_00,
      paidFen: 0,
      lastGrade: null,
    });
    expect((await backend.call('providers.list', { search: validUscc(5) })).map((p) => p.id)).toEqual([
      other.id,
    ]);
    expect(
      (await backend.call('providers.list', { search: '', status: 'suspended' })).map((p) => p.id),
    ).toEqual([other.id]);
    expect(
      (await backend.call('providers.list', { search: '', kind: 'volunteer_organisation' })).map((p) => p.id),
    ).toEqual([other.id]);
    const card = await backend.call('providers.get', { id: providerId });
    expect(card.history.map((h) => [h.contractNo, h.state, h.communityName, h.priceFen])).toEqual([
      ['购〔2026〕1号', 'signed', '世纪城', 120_000_00],
      [null, 'draft', '世纪城', 120_000_00],
    ]);
    expect(card.history[0]!.contractId).toBe(contract.id);
  });
});
