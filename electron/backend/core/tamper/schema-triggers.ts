// `cli check`: every trigger the migrations create is still in the file with its original text, and no
// other has been added (a trigger can change rows as well as guard them).
import type { Db } from '../db/connection';
import { shippedSchema, triggersOf } from './shipped-schema';

export function triggerFindings(db: Db): string[] {
  const want = shippedSchema().triggers;
  const have = triggersOf(db);
  const missing = [...want].flatMap(([name, sql]) => {
    const found = have.get(name);
    if (found === undefined)
      return [`保护数据的触发器 ${name} 不存在：它被删除过，受它保护的记录可能已被改动`];
    return found === sql ? [] : [`保护数据的触发器 ${name} 的内容被改动过，受它保护的记录可能已被改动`];
  });
  const added = [...have.keys()]
    .filter((name) => !want.has(name))
    .map((name) => `数据库中有本程序不认识的触发器 ${name}：它是绕过本程序加入的`);
  return [...missing, ...added];
}
