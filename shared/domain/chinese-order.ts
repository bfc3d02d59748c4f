// Chinese names sort the way a clerk expects them, by pinyin; SQLite would sort them by code point.
const collator = new Intl.Collator('zh-Hans-CN-u-co-pinyin');

export const byPinyin = (a: string, b: string): number => collator.compare(a, b);
