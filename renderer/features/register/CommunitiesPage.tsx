// 社区登记: the register of the office's communities, with search, status filter and 新增社区.
import { PlusOutlined } from '@ant-design/icons';
import { App, Card, Input, Segmented, Space, Typography } from 'antd';
import { ChannelButton } from '../../ui/signed-in';
import { useMemo, useState } from 'react';
import { useNavigate } from 'react-router';
import type { CommunitySummary } from '../../../shared/features/register/contract';
import { useChannelMutation } from '../../api/mutations';
import { useCommunities } from './queries';
import { CommunityFormModal } from './CommunityFormModal';
import { CommunityTable } from './CommunityTable';
import { useDebounced } from '../../ui/use-debounced';
import { PageState } from '../../ui/PageState';

type StatusFilter = 'active' | 'archived' | 'all';

const statusOptions: { label: string; value: StatusFilter }[] = [
  { label: '在册', value: 'active' },
  { label: '已归档', value: 'archived' },
  { label: '全部', value: 'all' },
];

function matchesSearch(row: CommunitySummary, search: string): boolean {
  const needle = search.trim().toLowerCase();
  if (needle === '') return true;
  return [row.name, row.code, row.address].some((text) => text.toLowerCase().includes(needle));
}

export function CommunitiesPage() {
  const navigate = useNavigate();
  const { message } = App.useApp();
  const [search, setSearch] = useState('');
  const [status, setStatus] = useState<StatusFilter>('active');
  const [adding, setAdding] = useState(false);
  const serverSearch = useDebounced(search.trim(), 300);
  const communities = useCommunities({ search: serverSearch, status });
  const create = useChannelMutation('communities.create');

  // The server filters by the settled search; filtering here too answers each keystroke at once.
  const rows = useMemo(
    () => (communities.data ?? []).filter((row) => matchesSearch(row, search)),
    [communities.data, search],
  );

  return (
    <Card
      title="社区登记"
      extra={
        <ChannelButton
          channel="communities.create"
          type="primary"
          icon={<PlusOutlined />}
          onClick={() => setAdding(true)}
          data-testid="community-add"
        >
          新增社区
        </ChannelButton>
      }
    >
      <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
        <Space wrap>
          <Input.Search
            allowClear
            placeholder="搜索名称、代码或地址"
            aria-label="搜索社区"
            value={search}
            onChange={(event) => setSearch(event.target.value)}
            style={{ width: 280 }}
            data-testid="community-search"
          />
          <Segmented<StatusFilter>
            options={statusOptions}
            value={status}
            onChange={setStatus}
            data-testid="community-status-filter"
          />
          <Typography.Text type="secondary" data-testid="community-total">
            共 {rows.length} 个社区
          </Typography.Text>
        </Space>
        {communities.isError ? (
          <PageState state="error" error={communities.error} />
        ) : (
          <CommunityTable
            rows={rows}
            loading={communities.isFetching}
            onOpen={(id) => void navigate(`/communities/${id}`)}
          />
        )}
      </Space>
      {adding && (
        <CommunityFormModal
          onCancel={() => setAdding(false)}
          onSubmit={async (fields) => {
            const community = await create.mutateAsync(fields);
            setAdding(false);
            void message.success(`已新增社区「${community.name}」`);
          }}
        />
      )}
    </Card>
  );
}
