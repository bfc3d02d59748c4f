// The ways out the problem offers, as buttons. Those that move the file away or replace it ask first,
// saying what will happen to the damaged file (moved aside, never deleted).
import { App, Button, Space } from 'antd';
import { wayOutLabels, type UnavailableLedger, type WayOut } from '../../../shared/contract/ledger';
import { formatDateTime } from '../../ui/format';

function confirmation(status: UnavailableLedger, way: WayOut): { title: string; content: string } | null {
  if (way === 'restoreBackup' && status.newestBackup !== null)
    return {
      title: `从 ${formatDateTime(status.newestBackup.takenAt)} 的备份恢复？`,
      content:
        '当前的数据库文件会连同它的日志文件移到 backups/damaged 文件夹中保存（不会删除），再把这份备份放回原位置。备份之后录入的内容不在备份中。',
    };
  if (way === 'startNew')
    return {
      title: '移走此文件并新建台账？',
      content:
        '当前的数据库文件会移到 backups/damaged 文件夹中保存（不会删除），然后在原位置新建一个空台账，需要重新创建管理员和录入数据。',
    };
  return null;
}

export function WayOutButtons({
  status,
  busy,
  onTake,
}: {
  status: UnavailableLedger;
  busy: WayOut | null;
  onTake: (way: WayOut) => void;
}) {
  const { modal } = App.useApp();
  const ask = (way: WayOut) => {
    const question = confirmation(status, way);
    if (question === null) return onTake(way);
    modal.confirm({ ...question, okText: wayOutLabels[way], cancelText: '取消', onOk: () => onTake(way) });
  };
  const primary: WayOut = status.waysOut.includes('finishUpgrade') ? 'finishUpgrade' : 'restoreBackup';
  return (
    <Space wrap>
      {status.waysOut.map((way) => (
        <Button
          key={way}
          type={way === primary ? 'primary' : 'default'}
          danger={way === 'startNew'}
          loading={busy === way}
          disabled={busy !== null && busy !== way}
          onClick={() => ask(way)}
          data-testid={`recovery-${way}`}
        >
          {wayOutLabels[way]}
        </Button>
      ))}
    </Space>
  );
}
