// 购买服务合同: the register of contracts, filtered by year (this year by the backend's clock), community,
// provider, state and search, paged on the server, with the totals of every matching row; 新建合同 and
// 导出合同台账.
import { FileExcelOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Card, Input, Select, Space, Statistic } from 'antd';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import {
  contractStateLabels,
  contractStates,
  type ContractState,
} from '../../../../shared/features/contracts/contract';
import { formatYuan } from '../../../../shared/domain/money';
import { useFileOutput } from '../../../api/files';
import { PageState } from '../../../ui/PageState';
import { ChannelButton } from '../../../ui/signed-in';
import { useToday } from '../../../ui/today';
import { useDebounced } from '../../../ui/use-debounced';
import { useCommunities } from '../../register';
import { useContracts, useProviders } from '../queries';
import { ContractTable } from './ContractTable';

const all = 'all' as const;

function yearOptions(thisYear: number) {
  return Array.from({ length: 6 }, (_, i) => thisYear + 1 - i).map((year) => ({
    value: year,
    label: `${year} 年`,
  }));
}

export function ContractsPage() {
  const navigate = useNavigate();
  const { year: thisYear } = useToday();
  const [year, setYear] = useState<number | typeof all>(thisYear);
  const [communityId, setCommunityId] = useState<number | typeof all>(all);
  const [providerId, setProviderId] = useState<number | typeof all>(all);
  const [state, setState] = useState<ContractState | typeof all>(all);
  const [search, setSearch] = useState('');
  const [page, setPage] = useState({ page: 1, pageSize: 20 });
  const serverSearch = useDebounced(search.trim(), 300);
  const contracts = useContracts({
    year: year === all ? undefined : year,
    communityId: communityId === all ? undefined : communityId,
    providerId: providerId === all ? undefined : providerId,
    state: state === all ? undefined : state,
    search: serverSearch,
    ...page,
  });
  const communities = useCommunities({});
  const providers = useProviders({ search: '' });
  const register = useFileOutput('contracts.register');
  // A filter changed: back to the first page, whose rows exist.
  const filter =
    <T,>(set: (value: T) => void) =>
    (value: T) => {
      set(value);
      setPage((current) => ({ ...current, page: 1 }));
    };
  const totals = contracts.data?.totals;
  const registerYear = year === all ? thisYear : year;

  return (
    <Card
      title="购买服务合同"
      extra={
        <Space>
          <Button
            icon={<FileExcelOutlined />}
            loading={register.isPending}
            onClick={() => register.mutate({ year: registerYear })}
            data-testid="contract-export-register"
          >
            导出 {registerYear} 年合同台账
          </Button>
          <ChannelButton
            channel="contracts.create"
            type="primary"
            icon={<PlusOutlined />}
            onClick={() => void navigate('/contracts/new')}
            data-testid="contract-add"
          >
            新建合同
          </ChannelButton>
        </Space>
      }
    >
      <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
        <Space wrap>
          <Select<number | typeof all>
            value={year}
            onChange={filter(setYear)}
            style={{ width: 110 }}
            aria-label="按年度筛选"
            options={[{ value: all, label: '全部年度' }, ...yearOptions(thisYear)]}
            data-testid="contract-year-filter"
          />
          <Select<number | typeof all>
            value={communityId}
            onChange={filter(setCommunityId)}
            style={{ width: 150 }}
            showSearch={{ optionFilterProp: 'label' }}
            aria-label="按社区筛选"
            options={[
              { value: all, label: '全部社区' },
              ...(communities.data ?? []).map((c) => ({ value: c.id, label: c.name })),
            ]}
            data-testid="contract-community-filter"
          />
          <Select<number | typeof all>
            value={providerId}
            onChange={filter(setProviderId)}
            style={{ width: 200 }}
            showSearch={{ optionFilterProp: 'label' }}
            aria-label="按承接主体筛选"
            options={[
              { value: all, label: '全部承接主体' },
              ...(providers.data ?? []).map((p) => ({ value: p.id, label: p.name })),
            ]}
            data-testid="contract-provider-filter"
          />
          <Select<ContractState | typeof all>
            value={state}
            onChange={filter(setState)}
            style={{ width: 110 }}
            aria-label="按状态筛选"
            options={[
              { value: all, label: '全部状态' },
              ...contractStates.map((value) => ({ value, label: contractStateLabels[value] })),
            ]}
            data-testid="contract-state-filter"
          />
          <Input.Search
            allowClear
            placeholder="搜索编号、合同名称"
            aria-label="搜索合同"
            value={search}
            onChange={(event) => filter(setSearch)(event.target.value)}
            style={{ width: 220 }}
            data-testid="contract-search"
          />
        </Space>
        <Space size="large" data-testid="contract-totals">
          <Statistic title="合同价款合计（元）" value={totals ? formatYuan(totals.priceFen) : '—'} />
          <Statistic title="已付（元）" value={totals ? formatYuan(totals.paidFen) : '—'} />
          <Statistic title="未付（元）" value={totals ? formatYuan(totals.remainingFen) : '—'} />
          <Statistic title="合同数" value={contracts.data?.total ?? '—'} />
        </Space>
        {contracts.isError ? (
          <PageState state="error" error={contracts.error} />
        ) : (
          <ContractTable
            page={contracts.data}
            loading={contracts.isFetching}
            current={page.page}
            pageSize={page.pageSize}
            onPageChange={(next, pageSize) =>
              setPage({ page: pageSize === page.pageSize ? next : 1, pageSize })
            }
            onOpen={(id) => void navigate(`/contracts/${id}`)}
          />
        )}
      </Space>
    </Card>
  );
}
