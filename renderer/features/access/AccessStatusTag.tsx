// The state of a work-access request as a coloured tag, in the workflow's own words.
import { Tag } from 'antd';
import { accessStateLabels, type AccessState } from '../../../shared/features/access/access-workflow';

const colors: Record<AccessState, string> = {
  submitted: 'processing',
  reviewed: 'gold',
  approved: 'green',
  rejected: 'red',
  revoked: 'default',
  withdrawn: 'default',
};

export function AccessStatusTag({ status }: { status: AccessState }) {
  return (
    <Tag color={colors[status]} data-testid="access-status" data-status={status}>
      {accessStateLabels[status]}
    </Tag>
  );
}
