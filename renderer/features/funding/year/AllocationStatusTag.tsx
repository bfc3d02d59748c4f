// The year's allocation status: 未测算 / 草稿 / 已审批 (with who approved it and when).
import { Space, Tag, Typography } from 'antd';
import type { AllocationStatus } from '../../../../shared/features/funding/contract';
import { formatDateTime } from '../../../ui/format';
import { allocationStatusLabels } from '../funding-format';

const colors: Record<AllocationStatus, string | undefined> = {
  none: undefined,
  draft: 'orange',
  approved: 'green',
};

export interface AllocationStatusTagProps {
  status: AllocationStatus;
  approvedBy?: string | null;
  approvedAt?: string | null;
}

export function AllocationStatusTag({ status, approvedBy, approvedAt }: AllocationStatusTagProps) {
  return (
    <Space size={4}>
      <Tag color={colors[status]} data-testid="funding-status" data-status={status}>
        {allocationStatusLabels[status]}
      </Tag>
      {status === 'approved' && (approvedBy || approvedAt) && (
        <Typography.Text type="secondary" data-testid="funding-approved-by">
          {approvedBy ?? ''} 于 {formatDateTime(approvedAt)} 审批
        </Typography.Text>
      )}
    </Space>
  );
}
