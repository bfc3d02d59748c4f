// 项目公示 on the 信息公开 screen: the open deadlines of the welfare projects (a running project's update
// every three months, a closed project's closing within three months), the late ones in red, each with
// 打印项目公示 and 登记已张贴 — the dashboard's calendar sends a project's deadline here.
import { Card, Space, Table, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import type { DisclosureDeadline } from '../../../../shared/features/fund/disclosure/contract';
import { DeadlineStatusTag } from './DeadlineStatusTag';
import { ProjectNoticeButton } from './ProjectNoticeButton';
import { useDisclosureDeadlines } from './queries';
import { RecordButton, type DisclosureSubject } from './RecordDisclosureModal';

function columnsOf(onRecord: (subject: DisclosureSubject) => void): ColumnsType<DisclosureDeadline> {
  return [
    {
      title: '状态',
      key: 'status',
      width: 100,
      render: (_, row) => <DeadlineStatusTag item={row} />,
    },
    { title: '公示事项', dataIndex: 'what', key: 'what', ellipsis: true },
    {
      title: '截止日期',
      dataIndex: 'dueOn',
      key: 'dueOn',
      width: 120,
      sorter: (a, b) => a.dueOn.localeCompare(b.dueOn),
      render: (dueOn: string, row) => (
        <Typography.Text type={row.status === 'overdue' ? 'danger' : undefined}>{dueOn}</Typography.Text>
      ),
    },
    {
      title: '操作',
      key: 'actions',
      width: 250,
      render: (_, row) => (
        <Space>
          <ProjectNoticeButton projectId={row.projectId ?? 0} />
          <RecordButton
            posted={false}
            onClick={() =>
              onRecord({
                kind: row.kind,
                year: row.year,
                quarter: null,
                projectId: row.projectId,
                label: row.what,
              })
            }
            testId={`fund-project-disclosure-record-${row.projectId}`}
          >
            登记已张贴
          </RecordButton>
        </Space>
      ),
    },
  ];
}

export function ProjectDisclosuresCard({ onRecord }: { onRecord: (subject: DisclosureSubject) => void }) {
  const calendar = useDisclosureDeadlines();
  if (!calendar.data) return null;
  const rows = calendar.data.items.filter((item) => item.projectId !== null && item.status !== 'done');
  return (
    <Card size="small" title="项目公示" data-testid="fund-project-disclosures">
      <Table
        size="small"
        rowKey={(row) => `${row.kind}-${row.projectId}`}
        columns={columnsOf(onRecord)}
        dataSource={rows}
        pagination={{ pageSize: 10, hideOnSinglePage: true }}
        locale={{ emptyText: '没有待办的项目公示' }}
      />
    </Card>
  );
}
