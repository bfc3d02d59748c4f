// The footer of every form that writes a voucher for the clerk: 取消, 保存 (kept as a draft) and
// 保存并提交审核 (sent to the 审核人). Test ids are `${testId}-cancel`, `-save` and `-submit`.
import { Button, Space } from 'antd';

export function SaveOrSubmitFooter({
  onCancel,
  onSave,
  pending,
  testId,
}: {
  onCancel: () => void;
  /** `submit`: true for 保存并提交审核. */
  onSave: (submit: boolean) => void;
  pending: boolean;
  testId: string;
}) {
  return (
    <Space>
      <Button onClick={onCancel} data-testid={`${testId}-cancel`}>
        取消
      </Button>
      <Button loading={pending} onClick={() => onSave(false)} data-testid={`${testId}-save`}>
        保存
      </Button>
      <Button type="primary" loading={pending} onClick={() => onSave(true)} data-testid={`${testId}-submit`}>
        保存并提交审核
      </Button>
    </Space>
  );
}
