// What a backup holds, in the clerk's words: the few tables a clerk counts by, out of the rows per table
// the backup's verification recorded.
const countedTables: [table: string, label: string, unit: string][] = [
  ['community', '社区', '个'],
  ['app_user', '用户', '个'],
  ['disbursement', '拨付', '笔'],
  ['contract', '购买服务合同', '份'],
  ['fund_voucher', '微基金凭证', '张'],
  ['audit_log', '操作日志', '条'],
];

export function backupCountsText(counts: Record<string, number>): string {
  const parts = countedTables
    .filter(([table]) => counts[table] !== undefined)
    .map(([table, label, unit]) => `${label} ${counts[table]!.toLocaleString('zh-CN')} ${unit}`);
  return parts.length === 0 ? '—' : parts.join('，');
}

export function fileSizeText(bytes: number): string {
  if (bytes < 1024 * 1024) return `${Math.max(1, Math.round(bytes / 1024))} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}
