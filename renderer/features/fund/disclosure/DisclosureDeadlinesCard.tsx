// The dashboard's 信息公开日历 card: the next disclosure deadlines (each quarter's 收支公示, a running
// project's three-monthly update, a closed project's closing within three months, the year's report by
// 5月31日), what is late in red, each linking to the screen where it is done. Shows nothing before the
// fund's settings are saved (there is no calendar yet).
import { Card, Col, List, Row, Space, Tag, Typography } from 'antd';
import { Link } from 'react-router';
import type { DisclosureDeadline } from '../../../../shared/features/fund/disclosure/contract';
import { useToday } from '../../../ui/today';
import { DeadlineStatusTag } from './DeadlineStatusTag';
import { cardDeadlines, deadlinePath } from './disclosure-periods';
import { useDisclosureDeadlines, useDisclosures } from './queries';

/** How many late and how many next deadlines the card lists; the late ones beyond are counted. */
const shownDeadlines = 4;

function DeadlineRow({ item }: { item: DisclosureDeadline }) {
  const late = item.status === 'overdue';
  const testId = `fund-deadline-${item.kind}-${item.year}-${item.quarter ?? item.projectId ?? 0}`;
  return (
    <List.Item data-testid={testId} data-status={item.status}>
      <Space size="small" wrap>
        <DeadlineStatusTag item={item} />
        <Link to={deadlinePath(item)}>
          <Typography.Text type={late ? 'danger' : undefined} style={{ color: late ? undefined : 'inherit' }}>
            {item.what}
          </Typography.Text>
        </Link>
      </Space>
      <Typography.Text type={late ? 'danger' : 'secondary'}>截止 {item.dueOn}</Typography.Text>
    </List.Item>
  );
}

function DeadlineList({
  title,
  items,
  testId,
}: {
  title: string;
  items: DisclosureDeadline[];
  testId: string;
}) {
  return (
    <List
      size="small"
      header={<Typography.Text strong>{title}</Typography.Text>}
      dataSource={items}
      renderItem={(item) => <DeadlineRow item={item} />}
      locale={{ emptyText: '暂无' }}
      data-testid={testId}
    />
  );
}

export function DisclosureDeadlinesCard() {
  const { year } = useToday();
  const calendar = useDisclosureDeadlines();
  const register = useDisclosures(year);
  if (!calendar.data || !register.data) return null;
  const { late, lateHidden, next } = cardDeadlines(calendar.data, register.data, shownDeadlines);
  return (
    <Card
      size="small"
      title={
        <Space>
          信息公开日历
          {calendar.data.overdueCount > 0 && (
            <Tag color="red" data-testid="fund-deadlines-overdue">
              已逾期 {calendar.data.overdueCount} 项
            </Tag>
          )}
          {calendar.data.dueSoonCount > 0 && (
            <Tag color="orange">即将到期 {calendar.data.dueSoonCount} 项</Tag>
          )}
        </Space>
      }
      extra={<Link to="/fund/disclosure">信息公开</Link>}
      data-testid="fund-deadlines-card"
    >
      <Row gutter={24}>
        <Col span={12}>
          <DeadlineList title="已逾期" items={late} testId="fund-deadlines-late" />
          {lateHidden > 0 && (
            <Typography.Text type="secondary">另有 {lateHidden} 项已逾期未列出</Typography.Text>
          )}
        </Col>
        <Col span={12}>
          <DeadlineList title="接下来" items={next} testId="fund-deadlines-next" />
        </Col>
      </Row>
    </Card>
  );
}
