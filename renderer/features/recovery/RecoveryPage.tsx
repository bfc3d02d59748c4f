// The page shown instead of the sign-in when the ledger cannot be opened: what is wrong in the clerk's
// words, the file's path, the newest verified backup and the ways out the problem offers.
import { Alert, Card, Descriptions, Space, Typography } from 'antd';
import type { LedgerProblem, UnavailableLedger, WayOut } from '../../../shared/contract/ledger';
import { NewestBackup } from './NewestBackup';
import { WayOutButtons } from './WayOutButtons';

/** Problems no backup can help with: the page does not speak of backups for them. */
const notForBackups: LedgerProblem[] = ['newer', 'directory', 'fileReadOnly', 'folderReadOnly'];

export function RecoveryPage({
  status,
  busy,
  refusal,
  onTake,
}: {
  status: UnavailableLedger;
  busy: WayOut | null;
  refusal: string | null;
  onTake: (way: WayOut) => void;
}) {
  return (
    <Card style={{ width: 820, margin: 'auto' }} data-testid="recovery-page">
      <Space direction="vertical" size="middle" style={{ width: '100%' }}>
        <Alert
          type="error"
          showIcon
          message={<span data-testid="recovery-title">无法打开台账数据库：{status.title}</span>}
          description={<span data-testid="recovery-explanation">{status.explanation}</span>}
        />
        <Descriptions
          size="small"
          column={1}
          bordered
          items={[
            {
              key: 'path',
              label: '数据库文件',
              children: (
                <Typography.Text copyable data-testid="recovery-path">
                  {status.dbPath}
                </Typography.Text>
              ),
            },
            ...(status.schemaVersion === null
              ? []
              : [{ key: 'version', label: '数据库版本', children: `第 ${status.schemaVersion} 版` }]),
            ...(status.detail === null
              ? []
              : [{ key: 'detail', label: '技术信息', children: status.detail }]),
          ]}
        />
        {!notForBackups.includes(status.problem) ? <NewestBackup backup={status.newestBackup} /> : null}
        {refusal === null ? null : (
          <Alert type="warning" showIcon message={refusal} data-testid="recovery-refusal" />
        )}
        <WayOutButtons status={status} busy={busy} onTake={onTake} />
      </Space>
    </Card>
  );
}
