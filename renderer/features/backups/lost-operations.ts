// What a restore would undo, in one sentence: 「将丢失该备份之后的 37 项操作：记账凭证 5 项、拨付 3 项……」.
// The parts come from the audit rows after the backup, counted by what they changed.

export interface LostPart {
  /** What the operations changed, in the audit log's words (记账凭证, 拨付, 用户). */
  label: string;
  count: number;
}

/** How many parts the sentence names before it says 等; the rest are in the total. */
const namedParts = 6;

export function lostOperationsSentence(total: number, parts: readonly LostPart[]): string {
  if (total === 0) return '该备份之后没有新的操作，恢复不会丢失任何记录。';
  const named = [...parts]
    .filter((part) => part.count > 0)
    .sort((a, b) => b.count - a.count || a.label.localeCompare(b.label, 'zh-CN'))
    .slice(0, namedParts)
    .map((part) => `${part.label} ${part.count.toLocaleString('zh-CN')} 项`);
  const rest = parts.filter((part) => part.count > 0).length > namedParts ? '等' : '';
  const list = named.length === 0 ? '' : `：${named.join('、')}${rest}`;
  return `将丢失该备份之后的 ${total.toLocaleString('zh-CN')} 项操作${list}。`;
}
