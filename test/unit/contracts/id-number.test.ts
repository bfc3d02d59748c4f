// 公民身份号码 (GB 11643-1999): the check character, the form, the birth date and the normalisation.
import { describe, expect, it } from 'vitest';
import { checkIdNumber, idNumberCheckCharacter } from '../../../shared/domain/id-number';

describe('checkIdNumber', () => {
  it('accepts the standard’s example and numbers whose check digit is right', () => {
    expect(idNumberCheckCharacter('11010519491231002')).toBe('X');
    expect(checkIdNumber('11010519491231002X')).toEqual({ ok: true, normalized: '11010519491231002X' });
    expect(checkIdNumber('440524188001010014')).toEqual({ ok: true, normalized: '440524188001010014' });
  });

  it('folds a lower-case x, full-width digits and spaces', () => {
    expect(checkIdNumber(' 11010519491231002x ')).toEqual({ ok: true, normalized: '11010519491231002X' });
    expect(checkIdNumber('１１０１０５１９４９１２３１００２Ｘ')).toEqual({
      ok: true,
      normalized: '11010519491231002X',
    });
  });

  it('refuses a wrong check character, saying which it should be', () => {
    expect(checkIdNumber('110105194912310021')).toEqual({ ok: false, reason: '校验位应为 X，实际为 1' });
  });

  it('refuses a wrong length, a letter inside and an impossible birth date', () => {
    expect(checkIdNumber('1101051949123100')).toEqual({ ok: false, reason: '应为 18 位，实际为 16 位' });
    expect(checkIdNumber('1101051949123A002X')).toEqual({
      ok: false,
      reason: '前 17 位应为数字，末位为数字或 X',
    });
    const feb30 = `11010519490230002`;
    expect(checkIdNumber(feb30 + idNumberCheckCharacter(feb30))).toEqual({
      ok: false,
      reason: '第 7–14 位的出生日期 1949-02-30 不是有效日期',
    });
  });
});
