// What the forms make of typed numbers and amounts: full-width digits are digits, nothing is rounded or
// clamped, and what cannot be read is handed on for the schema to refuse naming the field.
import { describe, expect, it } from 'vitest';
import { profileInput } from '../../../shared/features/register/contract';
import { normalizeDigits, numberOfText } from '../../../renderer/ui/forms/number-text';
import { fenOfText, parseYuanText, yuanFieldMessage } from '../../../renderer/ui/forms/yuan-field';

describe('normalizeDigits', () => {
  it('reads full-width digits, point, comma and signs as ASCII', () => {
    expect(normalizeDigits('１２３')).toBe('123');
    expect(normalizeDigits('－１，２３４．５６')).toBe('-1,234.56');
    expect(normalizeDigits('＋７')).toBe('+7');
    expect(normalizeDigits('\u22125')).toBe('-5');
  });

  it('leaves other text alone', () => {
    expect(normalizeDigits('社区12a')).toBe('社区12a');
  });
});

describe('numberOfText', () => {
  it.each([
    ['123', 123],
    ['１２３', 123],
    [' 42 ', 42],
    ['007', 7],
  ])('reads %s as %i', (text, value) => {
    expect(numberOfText(text)).toBe(value);
  });

  it('keeps a fraction and a sign as typed, for the schema to judge', () => {
    expect(numberOfText('3200.5')).toBe(3200.5);
    expect(numberOfText('-1')).toBe(-1);
    expect(numberOfText('３２００．５')).toBe(3200.5);
  });

  it('gives blank as null', () => {
    expect(numberOfText('')).toBeNull();
    expect(numberOfText('　')).toBeNull();
  });

  it.each(['12a', '1e5', '1,000', '0x10', '--1', '.5', 'Infinity'])('hands %s on as text', (text) => {
    expect(numberOfText(text)).toBe(text);
  });

  it('leads to a message naming the field, never to a bent value', () => {
    const profile = (totalHouseholds: unknown) =>
      profileInput.safeParse({
        communityId: 1,
        year: 2025,
        totalHouseholds,
        socialWorkers: 3,
        committeeDirectors: 1,
        committeeDeputies: 2,
        committeeMembers: 6,
        directorName: '',
        secretaryIsDirector: false,
        courtyardHouseholds: [],
      });
    const messageOf = (text: string) => {
      const parsed = profile(numberOfText(text));
      return parsed.success ? `accepted ${parsed.data.totalHouseholds}` : parsed.error.issues[0]?.message;
    };
    expect(messageOf('3200.5')).toBe('总户数：必须是整数');
    expect(messageOf('-1')).toBe('总户数：不能小于 0');
    expect(messageOf('12a')).toBe('总户数：必须填写数字');
    expect(messageOf('１２３')).toBe('accepted 123');
  });
});

describe('amounts typed in yuan', () => {
  it('reads full-width digits and separators', () => {
    expect(parseYuanText('１，０００．５０')).toEqual({ ok: true, fen: 100050 });
    expect(fenOfText('３００')).toBe(30000);
  });

  it('names the field in its message (antd fills ${label} with the field label)', () => {
    const parsed = parseYuanText('abc');
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(yuanFieldMessage(parsed.reason, '拨付金额')).toBe('拨付金额：金额格式不正确');
    expect(yuanFieldMessage('金额格式不正确')).toBe('${label}：金额格式不正确');
  });
});
