// 公益项目 (/fund/projects): the projects filtered by state, community and year, paged on the server, with
// the totals of the projects shown, the reminders of updates due or late, and 新增项目申请.
import { PlusOutlined } from '@ant-design/icons';
import { App, Card, Space } from 'antd';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import {
  projectStateLabels,
  projectStates,
  type ProjectState,
} from '../../../../shared/features/fund/projects/project-workflow';
import { useChannelMutation } from '../../../api/mutations';
import { all, AllOrOneSelect, type AllOr } from '../../../ui/AllOrOneSelect';
import { PageState } from '../../../ui/PageState';
import { ChannelButton } from '../../../ui/signed-in';
import { useToday } from '../../../ui/today';
import { useCommunities } from '../../register';
import { FundNav } from '../books/FundNav';
import { ProjectFormModal } from './ProjectFormModal';
import { ProjectReminders } from './ProjectReminders';
import { ProjectsTable, type ProjectRow, type ProjectTotals } from './ProjectsTable';
import { useFundProjects } from './queries';

/** The list answers no totals of its own, so the row sums what the page shows (the 合计 says so). */
function pageTotals(rows: ProjectRow[]): ProjectTotals {
  return rows.reduce(
    (sum, row) => ({
      approvedFen: sum.approvedFen + (row.approvedFen ?? 0),
      paidFen: sum.paidFen + row.paidFen,
      remainingFen: sum.remainingFen + row.remainingFen,
    }),
    { approvedFen: 0, paidFen: 0, remainingFen: 0 },
  );
}

export function ProjectsPage() {
  const navigate = useNavigate();
  const { message } = App.useApp();
  const { year: thisYear, today } = useToday();
  const [state, setState] = useState<AllOr<ProjectState>>(all);
  const [communityId, setCommunityId] = useState<AllOr<number>>(all);
  const [year, setYear] = useState<AllOr<number>>(all);
  const [page, setPage] = useState({ page: 1, pageSize: 20 });
  const [applying, setApplying] = useState(false);
  const communities = useCommunities({ status: 'active' });
  const apply = useChannelMutation('fund.applyProject');
  const projects = useFundProjects({
    state: state === all ? undefined : state,
    communityId: communityId === all ? undefined : communityId,
    year: year === all ? undefined : year,
    ...page,
  });
  const filter =
    <T,>(set: (value: T) => void) =>
    (value: T) => {
      set(value);
      setPage((current) => ({ ...current, page: 1 }));
    };
  const data = projects.data;

  return (
    <>
      <FundNav />
      <Card
        title="公益项目"
        data-testid="fund-projects"
        extra={
          <ChannelButton
            channel="fund.applyProject"
            type="primary"
            icon={<PlusOutlined />}
            onClick={() => setApplying(true)}
            data-testid="fund-project-add"
          >
            新增项目申请
          </ChannelButton>
        }
      >
        <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
          <ProjectReminders />
          <Space wrap>
            <AllOrOneSelect<ProjectState>
              value={state}
              onChange={filter(setState)}
              width={150}
              label="按状态筛选"
              allLabel="全部状态"
              options={projectStates.map((value) => ({ value, label: projectStateLabels[value] }))}
              testId="fund-projects-state"
            />
            <AllOrOneSelect<number>
              value={communityId}
              onChange={filter(setCommunityId)}
              width={160}
              searchable
              label="按社区筛选"
              allLabel="全部社区"
              options={(communities.data ?? []).map((c) => ({ value: c.id, label: c.name }))}
              testId="fund-projects-community"
            />
            <AllOrOneSelect<number>
              value={year}
              onChange={filter(setYear)}
              width={110}
              label="按年度筛选"
              allLabel="全部年度"
              options={Array.from({ length: 6 }, (_, i) => thisYear - i).map((y) => ({
                value: y,
                label: `${y} 年`,
              }))}
              testId="fund-projects-year"
            />
          </Space>
          {projects.isError && <PageState state="error" error={projects.error} />}
          <ProjectsTable
            rows={data?.rows ?? []}
            totals={data ? pageTotals(data.rows) : null}
            loading={projects.isFetching}
            today={today}
            pagination={{
              current: page.page,
              pageSize: page.pageSize,
              total: data?.total ?? 0,
              showSizeChanger: true,
              showTotal: (total) => `共 ${total} 个项目`,
              onChange: (next, pageSize) => setPage({ page: next, pageSize }),
            }}
          />
        </Space>
      </Card>
      {applying && (
        <ProjectFormModal
          communities={communities.data ?? []}
          onCancel={() => setApplying(false)}
          onSubmit={async (input) => {
            const project = await apply.mutateAsync(input);
            setApplying(false);
            void message.success(`已登记项目申请 ${project.number}`);
            void navigate(`/fund/projects/${project.id}`);
          }}
        />
      )}
    </>
  );
}
