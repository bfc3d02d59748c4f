// A deadline's state as a tag, the same colours wherever deadlines are listed: late red, soon orange.
import { Tag } from 'antd';
import type { DisclosureDeadline } from '../../../../shared/features/fund/disclosure/contract';

export const deadlineColors: Record<DisclosureDeadline['status'], string> = {
  overdue: 'red',
  due_soon: 'orange',
  pending: 'default',
  done: 'green',
};

export function DeadlineStatusTag({ item }: { item: Pick<DisclosureDeadline, 'status' | 'statusLabel'> }) {
  return <Tag color={deadlineColors[item.status]}>{item.statusLabel}</Tag>;
}
