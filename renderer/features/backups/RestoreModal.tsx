// The confirmation of a restore: which backup (its date and kind), what will be lost since it (the audit
// rows after it, counted by what they changed), that the current file is kept aside as a 恢复前 backup
// (restoring that one undoes this), and that everyone signs in again. Nothing happens until the clerk
// ticks that they understand and presses the button; Esc or 取消 leaves everything as it was.
import { Alert, Button, Checkbox, Descriptions, Modal, Spin, Typography } from 'antd';
import { useState } from 'react';
import type { BackupRecord } from '../../../shared/features/backups/contract';
import { toApiError } from '../../api/errors';
import { backupTimeText, restoreActionLabel, shortKindLabels } from './backup-text';
import { lostOperationsSentence } from './lost-operations';
import { useRestorePreview } from './queries';

export interface RestoreModalProps {
  record: BackupRecord;
  restoring: boolean;
  onConfirm: () => Promise<void>;
  onCancel: () => void;
}

function LostOperations({ fileName }: { fileName: string }) {
  const preview = useRestorePreview(fileName);
  if (preview.isPending) return <Spin size="small" />;
  if (preview.isError) return <Alert type="error" showIcon title={toApiError(preview.error).message} />;
  return (
    <Alert
      type={preview.data.total === 0 ? 'info' : 'warning'}
      showIcon
      title={lostOperationsSentence(preview.data.total, preview.data.changes)}
      data-testid="restore-lost"
    />
  );
}

export function RestoreModal({ record, restoring, onConfirm, onCancel }: RestoreModalProps) {
  const [understood, setUnderstood] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const action = restoreActionLabel(record.kind);
  const taken = backupTimeText(record.takenAt);

  async function confirm(): Promise<void> {
    setFailure(null);
    await onConfirm().catch((error: unknown) => setFailure(toApiError(error).message));
  }

  return (
    <Modal
      open
      title={`${action}：${taken} 的备份`}
      width={620}
      maskClosable={false}
      closable={!restoring}
      keyboard={!restoring}
      onCancel={onCancel}
      // The panel itself carries the test id: the Modal's own props land on a root of no size.
      modalRender={(panel) => <div data-testid="restore-modal">{panel}</div>}
      footer={[
        <Button key="cancel" onClick={onCancel} disabled={restoring} data-testid="restore-cancel">
          取消
        </Button>,
        <Button
          key="ok"
          type="primary"
          danger
          disabled={!understood}
          loading={restoring}
          onClick={() => void confirm()}
          data-testid="restore-ok"
        >
          {action}
        </Button>,
      ]}
    >
      <Descriptions size="small" column={2} style={{ marginBottom: 12 }}>
        <Descriptions.Item label="备份时间">{taken}</Descriptions.Item>
        <Descriptions.Item label="类型">{shortKindLabels[record.kind]}</Descriptions.Item>
      </Descriptions>
      {record.kind === 'beforeRestore' && (
        <Typography.Paragraph>
          这是上次恢复之前另存的台账文件：恢复它，即撤销上次的恢复。
        </Typography.Paragraph>
      )}
      <LostOperations fileName={record.fileName} />
      <Typography.Paragraph style={{ marginTop: 12, marginBottom: 4 }}>
        恢复前，当前的台账文件会另存为一份「恢复前」备份，列在本页；如需撤销本次恢复，恢复那一份即可。
      </Typography.Paragraph>
      <Typography.Paragraph>恢复后所有用户都将退出登录，须重新登录。</Typography.Paragraph>
      <Checkbox
        autoFocus
        checked={understood}
        onChange={(event) => setUnderstood(event.target.checked)}
        data-testid="restore-understood"
      >
        我已知晓：台账将回到 {taken} 的状态，该备份之后的操作将丢失
      </Checkbox>
      {failure && (
        <Alert type="error" showIcon title={failure} style={{ marginTop: 12 }} data-testid="restore-error" />
      )}
    </Modal>
  );
}
