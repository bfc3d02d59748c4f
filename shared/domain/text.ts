// What the ledger accepts as text: Unicode NFC with the ends trimmed, and no character a clerk cannot
// see. A zero-width space or a bidi override makes a second 「世纪城」 that looks like the first, and a
// control character (NUL) breaks printing and Excel. Line breaks are kept only in multi-line fields.

/** C0 and C1 controls (line feed handled apart), zero-width and invisible format characters, bidi
 * controls, and the Unicode line and paragraph separators. */
const invisible =
  // eslint-disable-next-line no-control-regex -- matching control characters is the point
  /[\u0000-\u0009\u000B-\u001F\u007F-\u009F\u00AD\u061C\u180E\u200B-\u200F\u2028-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]/u;

/** NFC, Windows line ends as \n, trimmed. */
export function normaliseText(text: string): string {
  return text.normalize('NFC').replace(/\r\n?/g, '\n').trim();
}

export type TextProblem = 'invisible' | 'line_break';

/** The first problem of already normalised text, or null when it is fine. */
export function textProblem(text: string, multiline: boolean): TextProblem | null {
  if (invisible.test(text)) return 'invisible';
  if (!multiline && text.includes('\n')) return 'line_break';
  return null;
}

export const textProblemMessages: Record<TextProblem, string> = {
  invisible: '不能包含控制字符或看不见的字符（如零宽空格、方向控制符），请删除后重新输入',
  line_break: '不能换行',
};

/** The key two names are compared by: normalised, with invisible characters dropped, so that a name
 * stored before these checks still collides with its visible twin. */
export function nameKey(name: string): string {
  return normaliseText(name.replace(new RegExp(invisible.source, 'gu'), ''));
}
