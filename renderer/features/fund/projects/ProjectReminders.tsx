// 待更新 / 已逾期: the projects in progress whose three-monthly update is due within 15 days or late
// (fund.projectReminders decides which), each linking to its page. Nothing is shown when none is due.
import { Alert, Space, Tag } from 'antd';
import { Link } from 'react-router';
import type { ChannelOutput } from '../../../../shared/contract';
import { useFundProjectReminders } from './queries';

type Reminder = ChannelOutput<'fund.projectReminders'>[number];

function ReminderLine({ reminder }: { reminder: Reminder }) {
  const late = reminder.state === 'late';
  return (
    <Space data-testid={`fund-project-reminder-${reminder.id}`}>
      <Tag color={late ? 'red' : 'gold'}>{reminder.stateLabel}</Tag>
      <Link to={`/fund/projects/${reminder.id}`}>
        {reminder.number} {reminder.title}
      </Link>
      <span>
        {reminder.communityName}，上次更新 {reminder.lastUpdateOn}，应于 {reminder.dueOn} 前报告进展
      </span>
    </Space>
  );
}

export function ProjectReminders() {
  const reminders = useFundProjectReminders();
  const rows = reminders.data ?? [];
  if (rows.length === 0) return null;
  return (
    <Alert
      type={rows.some((row) => row.state === 'late') ? 'error' : 'warning'}
      showIcon
      data-testid="fund-project-reminders"
      title={`${rows.length} 个项目需要更新进展（每三个月报告一次）`}
      description={
        <Space orientation="vertical" size={2}>
          {rows.map((reminder) => (
            <ReminderLine key={reminder.id} reminder={reminder} />
          ))}
        </Space>
      }
    />
  );
}
