// 公益项目 (/fund/projects): the projects filtered by state, community, year and a word, sorted and paged
// on the server, with the backend's totals of every matching project, the reminders of updates due or
// late, and 新增项目申请.
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
import { all, AllOrOneSelect, YearFilter, type AllOr } from '../../../ui/AllOrOneSelect';
import { usePagedList } from '../../../ui/list-paging';
import { PageState } from '../../../ui/PageState';
import { SearchFilter } from '../../../ui/SearchFilter';
import { ChannelButton } from '../../../ui/signed-in';
import { useToday } from '../../../ui/today';
import { useDebounced } from '../../../ui/use-debounced';
import { useCommunities } from '../../register';
import { FundNav } from '../books/FundNav';
import { ProjectFormModal } from './steps/ProjectFormModal';
import { ProjectReminders } from './ProjectReminders';
import { defaultProjectSort, ProjectsTable, type ProjectSort } from './ProjectsTable';
import { useFundProjects } from './queries';

const allAsUndefined = <T,>(value: AllOr<T>): T | undefined => (value === all ? undefined : value);

export function ProjectsPage() {
  const navigate = useNavigate();
  const { message } = App.useApp();
  const { year: thisYear, today } = useToday();
  const [state, setState] = useState<AllOr<ProjectState>>(all);
  const [communityId, setCommunityId] = useState<AllOr<number>>(all);
  const [year, setYear] = useState<AllOr<number>>(all);
  const [search, setSearch] = useState('');
  const [sort, setSort] = useState<ProjectSort>(defaultProjectSort);
  const [applying, setApplying] = useState(false);
  const { page, filter, pagination } = usePagedList();
  const communities = useCommunities({ status: 'active' });
  const apply = useChannelMutation('fund.applyProject');
  const projects = useFundProjects({
    state: allAsUndefined(state),
    communityId: allAsUndefined(communityId),
    year: allAsUndefined(year),
    search: useDebounced(search.trim(), 300),
    ...sort,
    ...page,
  });

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
            <YearFilter
              value={year}
              onChange={filter(setYear)}
              thisYear={thisYear}
              testId="fund-projects-year"
            />
            <SearchFilter
              value={search}
              onChange={filter(setSearch)}
              placeholder="搜索项目名称、申请方、编号"
              label="搜索公益项目"
              width={260}
              testId="fund-projects-search"
            />
          </Space>
          {projects.isError && <PageState state="error" error={projects.error} />}
          <ProjectsTable
            page={projects.data}
            loading={projects.isFetching}
            today={today}
            sort={sort}
            onSort={filter(setSort)}
            pagination={pagination(projects.data?.total ?? 0, (total) => `共 ${total} 个项目`)}
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
