// After a way out opened the ledger: what was done, where the damaged file now is, and on to the sign-in.
import { Button, Card, Result, Typography } from 'antd';
import type { RecoveryOutcome } from '../../../shared/contract/ledger';

function doneTitle(outcome: RecoveryOutcome): string {
  if (outcome.restoredFrom !== null) return '已从备份恢复台账';
  if (outcome.movedAside !== null) return '已新建台账';
  return '台账数据库已可以正常打开';
}

export function RecoveredPage({ outcome, onContinue }: { outcome: RecoveryOutcome; onContinue: () => void }) {
  return (
    <Card style={{ width: 820, margin: 'auto' }} data-testid="recovered-page">
      <Result
        status="success"
        title={doneTitle(outcome)}
        subTitle={outcome.restoredFrom === null ? null : `恢复所用的备份：${outcome.restoredFrom}`}
        extra={
          <Button type="primary" onClick={onContinue} data-testid="recovered-continue">
            继续登录
          </Button>
        }
      >
        {outcome.movedAside === null ? null : (
          <Typography.Paragraph>
            原来的数据库文件已移到：
            <Typography.Text copyable code data-testid="recovered-moved-aside">
              {outcome.movedAside}
            </Typography.Text>
            <br />
            它没有被删除；确认恢复后的数据无误之前，请保留它。
          </Typography.Paragraph>
        )}
      </Result>
    </Card>
  );
}
