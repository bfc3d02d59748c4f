// 承接主体: the providers (search, kind and status filters), their contracts' money and last grade;
// 新增承接主体 opens the form, a row the provider's card.
import { PlusOutlined } from '@ant-design/icons';
import { App, Card, Input, Select, Space, Table, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import {
  providerKindLabels,
  providerKinds,
  providerStatusLabels,
  providerStatuses,
  type ProviderKind,
  type ProviderRow,
  type ProviderStatus,
} from '../../../../shared/features/contracts/contract';
import { useChannelMutation } from '../../../api/mutations';
import { PageState } from '../../../ui/PageState';
import { ChannelButton } from '../../../ui/signed-in';
import { tableComponents } from '../../../ui/table-header';
import { rowTestId } from '../../../ui/test-ids';
import { useDebounced } from '../../../ui/use-debounced';
import { byText, GradeTag, providerIdentifier, ProviderStatusTag, yuanCell } from '../contract-format';
import { useProviders } from '../queries';
import { ProviderFormModal } from './ProviderFormModal';

const columns: ColumnsType<ProviderRow> = [
  {
    title: '名称',
    dataIndex: 'name',
    width: 220,
    sorter: (a, b) => byText(a.name, b.name),
    render: (name: string, row) => (
      <Link
        to={`/providers/${row.id}`}
        onClick={(e) => e.stopPropagation()}
        data-testid={`provider-link-${row.id}`}
      >
        {name}
      </Link>
    ),
  },
  {
    title: '主体类型',
    dataIndex: 'kind',
    width: 130,
    render: (kind: ProviderKind) => providerKindLabels[kind],
  },
  {
    title: '信用代码 / 身份证号码',
    key: 'identifier',
    width: 200,
    render: (_v, row) => providerIdentifier(row),
  },
  {
    title: '状态',
    dataIndex: 'status',
    width: 96,
    render: (status: ProviderStatus) => <ProviderStatusTag status={status} />,
  },
  {
    title: '合同数',
    dataIndex: 'contracts',
    width: 80,
    align: 'right',
    sorter: (a, b) => a.contracts - b.contracts,
  },
  {
    title: '合同金额（元）',
    dataIndex: 'contractedFen',
    width: 140,
    align: 'right',
    sorter: (a, b) => a.contractedFen - b.contractedFen,
    render: yuanCell,
  },
  {
    title: '已付（元）',
    dataIndex: 'paidFen',
    width: 140,
    align: 'right',
    sorter: (a, b) => a.paidFen - b.paidFen,
    render: yuanCell,
  },
  {
    title: '最近评价',
    dataIndex: 'lastGrade',
    width: 90,
    render: (grade: ProviderRow['lastGrade']) => <GradeTag grade={grade} />,
  },
];

export function ProvidersPage() {
  const navigate = useNavigate();
  const { message } = App.useApp();
  const [search, setSearch] = useState('');
  const [kind, setKind] = useState<ProviderKind | 'all'>('all');
  const [status, setStatus] = useState<ProviderStatus | 'all'>('all');
  const [adding, setAdding] = useState(false);
  const serverSearch = useDebounced(search.trim(), 300);
  const providers = useProviders({
    search: serverSearch,
    kind: kind === 'all' ? undefined : kind,
    status: status === 'all' ? undefined : status,
  });
  const create = useChannelMutation('providers.create');
  const rows = providers.data ?? [];

  return (
    <Card
      title="承接主体"
      extra={
        <ChannelButton
          channel="providers.create"
          type="primary"
          icon={<PlusOutlined />}
          onClick={() => setAdding(true)}
          data-testid="provider-add"
        >
          新增承接主体
        </ChannelButton>
      }
    >
      <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
        <Space wrap>
          <Input.Search
            allowClear
            placeholder="搜索名称、信用代码或联系人"
            aria-label="搜索承接主体"
            value={search}
            onChange={(event) => setSearch(event.target.value)}
            style={{ width: 280 }}
            data-testid="provider-search"
          />
          <Select<ProviderKind | 'all'>
            value={kind}
            onChange={setKind}
            style={{ width: 220 }}
            aria-label="按主体类型筛选"
            options={[
              { value: 'all', label: '全部类型' },
              ...providerKinds.map((value) => ({ value, label: providerKindLabels[value] })),
            ]}
            data-testid="provider-kind-filter"
          />
          <Select<ProviderStatus | 'all'>
            value={status}
            onChange={setStatus}
            style={{ width: 140 }}
            aria-label="按状态筛选"
            options={[
              { value: 'all', label: '全部状态' },
              ...providerStatuses.map((value) => ({ value, label: providerStatusLabels[value] })),
            ]}
            data-testid="provider-status-filter"
          />
          <Typography.Text type="secondary" data-testid="provider-total">
            共 {rows.length} 个
          </Typography.Text>
        </Space>
        {providers.isError ? (
          <PageState state="error" error={providers.error} />
        ) : (
          <Table<ProviderRow>
            components={tableComponents}
            data-testid="provider-table"
            rowKey="id"
            size="middle"
            columns={columns}
            dataSource={rows}
            loading={providers.isFetching}
            onRow={(row) => ({
              ...rowTestId(`provider-row-${row.id}`),
              onClick: () => void navigate(`/providers/${row.id}`),
              style: { cursor: 'pointer' },
            })}
            pagination={{
              defaultPageSize: 20,
              showSizeChanger: true,
              showTotal: (total) => `共 ${total} 个承接主体`,
            }}
            locale={{ emptyText: '没有符合条件的承接主体' }}
          />
        )}
      </Space>
      {adding && (
        <ProviderFormModal
          onCancel={() => setAdding(false)}
          onSubmit={async (input) => {
            const provider = await create.mutateAsync(input);
            setAdding(false);
            void message.success(`已登记承接主体 ${provider.name}`);
            void navigate(`/providers/${provider.id}`);
          }}
        />
      )}
    </Card>
  );
}
