// The server's compliance verdicts for one yearly profile, and its households by courtyard type.
import { CheckCircleOutlined, CloseCircleOutlined } from '@ant-design/icons';
import { Descriptions, Space, Tag, Typography } from 'antd';
import {
  courtyardTypeLabels,
  courtyardTypes,
  type CourtyardType,
} from '../../../shared/features/register/contract';
import type { ComplianceFlag } from '../../../shared/features/register/compliance';
import { formatCount } from '../../ui/format';

export function ComplianceFlags({ flags }: { flags: ComplianceFlag[] }) {
  return (
    <Space orientation="vertical" size={4} data-testid="compliance-flags">
      {flags.map((flag) => (
        <div key={flag.rule} data-testid={`compliance-flag-${flag.rule}`} data-ok={String(flag.ok)}>
          <Tag
            color={flag.ok ? 'success' : 'error'}
            icon={flag.ok ? <CheckCircleOutlined /> : <CloseCircleOutlined />}
            aria-label={flag.ok ? '符合' : '不符合'}
          >
            {flag.label}
          </Tag>
          <Typography.Text type={flag.ok ? 'secondary' : 'danger'}>{flag.detail}</Typography.Text>
        </div>
      ))}
    </Space>
  );
}

export function HouseholdsByType({ householdsByType }: { householdsByType: Record<CourtyardType, number> }) {
  return (
    <Descriptions
      size="small"
      column={1}
      data-testid="households-by-type"
      items={courtyardTypes.map((type) => ({
        key: type,
        label: courtyardTypeLabels[type],
        children: (
          <span data-testid={`households-by-type-${type}`}>{formatCount(householdsByType[type])} 户</span>
        ),
      }))}
    />
  );
}
