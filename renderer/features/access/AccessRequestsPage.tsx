// 准入申请: the register of work-access requests (status filter, search, paging), 新增申请 and 导出登记簿.
import { FileExcelOutlined, PlusOutlined } from '@ant-design/icons';
import { App, Button, Card, Input, Select, Space, Typography } from 'antd';
import { ChannelButton } from '../../ui/signed-in';
import { useMemo, useState } from 'react';
import { useNavigate } from 'react-router';
import {
  accessStateLabels,
  accessStates,
  type AccessState,
} from '../../../shared/features/access/access-workflow';
import type { AccessRequest } from '../../../shared/features/access/contract';
import { useFileOutput } from '../../api/files';
import { useAccessRequests } from './queries';
import { useChannelMutation } from '../../api/mutations';
import { useCommunities } from '../register';
import { AccessFormModal } from './AccessFormModal';
import { AccessTable } from './AccessTable';
import { useDebounced } from '../../ui/use-debounced';
import { PageState } from '../../ui/PageState';

function matchesSearch(row: AccessRequest, search: string): boolean {
  const needle = search.trim();
  if (needle === '') return true;
  return [row.requestNo, row.title, row.requestingDepartment, row.decision?.decisionNo ?? ''].some((text) =>
    text.includes(needle),
  );
}

export function AccessRequestsPage() {
  const navigate = useNavigate();
  const { message } = App.useApp();
  const [status, setStatus] = useState<AccessState | 'all'>('all');
  const [search, setSearch] = useState('');
  const [adding, setAdding] = useState(false);
  const serverSearch = useDebounced(search.trim(), 300);
  const requests = useAccessRequests({ status: status === 'all' ? undefined : status, search: serverSearch });
  const communities = useCommunities({ status: 'active' });
  const submit = useChannelMutation('access.submit');
  const exportRegister = useFileOutput('access.exportRegister');
  // The server filters by the settled search; filtering here too answers each keystroke at once.
  const rows = useMemo(
    () => (requests.data ?? []).filter((row) => matchesSearch(row, search)),
    [requests.data, search],
  );

  return (
    <Card
      title="准入申请"
      extra={
        <Space>
          <Button
            icon={<FileExcelOutlined />}
            loading={exportRegister.isPending}
            onClick={() => exportRegister.mutate({})}
            data-testid="access-export-register"
          >
            导出登记簿
          </Button>
          <ChannelButton
            channel="access.submit"
            type="primary"
            icon={<PlusOutlined />}
            onClick={() => setAdding(true)}
            data-testid="access-add"
          >
            新增申请
          </ChannelButton>
        </Space>
      }
    >
      <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
        <Space wrap>
          <Input.Search
            allowClear
            placeholder="搜索编号、事项、申请单位或文号"
            aria-label="搜索准入申请"
            value={search}
            onChange={(event) => setSearch(event.target.value)}
            style={{ width: 300 }}
            data-testid="access-search"
          />
          <Select<AccessState | 'all'>
            value={status}
            onChange={setStatus}
            style={{ width: 180 }}
            aria-label="按状态筛选"
            options={[
              { value: 'all', label: '全部状态' },
              ...accessStates.map((state) => ({ value: state, label: accessStateLabels[state] })),
            ]}
            data-testid="access-status-filter"
          />
          <Typography.Text type="secondary" data-testid="access-total">
            共 {rows.length} 件
          </Typography.Text>
        </Space>
        {requests.isError ? (
          <PageState state="error" error={requests.error} />
        ) : (
          <AccessTable
            rows={rows}
            loading={requests.isFetching}
            onOpen={(id) => void navigate(`/access/${id}`)}
          />
        )}
      </Space>
      {adding && (
        <AccessFormModal
          communities={communities.data ?? []}
          onCancel={() => setAdding(false)}
          onSubmit={async (input) => {
            const request = await submit.mutateAsync(input);
            setAdding(false);
            void message.success(`已登记准入申请 ${request.requestNo}`);
            void navigate(`/access/${request.id}`);
          }}
        />
      )}
    </Card>
  );
}
