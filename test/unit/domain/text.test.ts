import { describe, expect, it } from 'vitest';
import { nameKey, normaliseText, textProblem } from '../../../shared/domain/text';

describe('text the ledger accepts', () => {
  it('is NFC with Windows line ends as \\n, trimmed', () => {
    expect(normaliseText(' Cafe\u0301\r\n第二行\r')).toBe('Caf\u00e9\n第二行');
  });

  it.each([
    ['\u0000', 'NUL'],
    ['\u0009', 'tab'],
    ['\u007f', 'DEL'],
    ['\u0085', 'C1 next line'],
    ['\u200b', 'zero-width space'],
    ['\u200d', 'zero-width joiner'],
    ['\u2060', 'word joiner'],
    ['\ufeff', 'byte order mark'],
    ['\u202e', 'right-to-left override'],
    ['\u2066', 'left-to-right isolate'],
    ['\u2028', 'line separator'],
  ])('refuses %j (%s) in any field', (character) => {
    expect(textProblem(`世纪${character}城`, true)).toBe('invisible');
  });

  it('keeps a line break only where the field is multi-line', () => {
    expect(textProblem('第一行\n第二行', true)).toBeNull();
    expect(textProblem('第一行\n第二行', false)).toBe('line_break');
    expect(textProblem('世纪城 社区', false)).toBeNull();
  });

  it('compares names by what the clerk sees', () => {
    expect(nameKey(' 世纪\u200b城\ufeff')).toBe(nameKey('世纪城'));
  });
});
