// 记账凭证 (/fund/vouchers): the vouchers of a month (this month by the backend's clock) or a whole year,
// filtered by state, kind and search, paged on the server, with 借方合计 of every matching voucher; a row
// opens the voucher. 新建凭证 opens the general form; 资助拨付, 银行手续费 and 利息收入 open their
// 常用业务 forms.
import { PlusOutlined } from '@ant-design/icons';
import { Card, DatePicker, Input, Select, Space, Statistic, Table, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import dayjs from 'dayjs';
import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { formatYuan } from '../../../../shared/domain/money';
import {
  voucherKindLabels,
  voucherKinds,
  voucherStateLabels,
  voucherStates,
  type VoucherKindName,
  type VoucherRow,
  type VoucherState,
} from '../../../../shared/features/fund/books/contract';
import { all, AllOrOneSelect } from '../../../ui/AllOrOneSelect';
import { PageState } from '../../../ui/PageState';
import { ChannelButton } from '../../../ui/signed-in';
import { rowTestId } from '../../../ui/test-ids';
import { useToday } from '../../../ui/today';
import { useDebounced } from '../../../ui/use-debounced';
import { BankItemModal } from '../donations/BankItemModal';
import { GrantModal } from '../donations/GrantModal';
import { FundNav } from './FundNav';
import { useFundVouchers } from './queries';

export const voucherStateColors: Record<VoucherState, string> = {
  draft: 'default',
  submitted: 'orange',
  posted: 'green',
};

export function VoucherStateTag({ state }: { state: VoucherState }) {
  return <Tag color={voucherStateColors[state]}>{voucherStateLabels[state]}</Tag>;
}

const columns: ColumnsType<VoucherRow> = [
  {
    title: '凭证号',
    dataIndex: 'number',
    width: 140,
    render: (number: string | null, row) => <Link to={`/fund/vouchers/${row.id}`}>{number ?? '未记账'}</Link>,
  },
  { title: '日期', dataIndex: 'date', width: 100 },
  { title: '摘要', dataIndex: 'summary', ellipsis: true },
  {
    title: '类型',
    dataIndex: 'kind',
    width: 120,
    render: (kind: VoucherKindName) => voucherKindLabels[kind],
  },
  {
    title: '借方合计（元）',
    dataIndex: 'debitTotalFen',
    width: 130,
    align: 'right',
    render: (fen: number) => (
      <Typography.Text type={fen < 0 ? 'danger' : undefined}>{formatYuan(fen)}</Typography.Text>
    ),
  },
  {
    title: '状态',
    dataIndex: 'state',
    width: 80,
    render: (state: VoucherState) => <VoucherStateTag state={state} />,
  },
  { title: '制单', dataIndex: 'preparer', width: 76, render: (name: string | null) => name ?? '—' },
  { title: '审核', dataIndex: 'reviewer', width: 76, render: (name: string | null) => name ?? '—' },
  {
    title: '冲销',
    key: 'links',
    width: 150,
    render: (_: unknown, row) =>
      row.reversedBy ? (
        <Tag color="red">被冲销 {row.reversedBy.number ?? '（未记账）'}</Tag>
      ) : row.reverses ? (
        <Tag color="red">冲销 {row.reverses.number ?? ''}</Tag>
      ) : null,
  },
];

export function VouchersPage() {
  const navigate = useNavigate();
  const today = useToday();
  const [scope, setScope] = useState<'month' | 'year'>('month');
  const [period, setPeriod] = useState(today.today.slice(0, 7));
  const [year, setYear] = useState(today.year);
  const [state, setState] = useState<VoucherState | typeof all>(all);
  const [kind, setKind] = useState<VoucherKindName | typeof all>(all);
  const [search, setSearch] = useState('');
  const [page, setPage] = useState({ page: 1, pageSize: 50 });
  const [form, setForm] = useState<'grant' | 'bank_charge' | 'interest' | null>(null);
  const serverSearch = useDebounced(search.trim(), 300);
  const vouchers = useFundVouchers({
    period: scope === 'month' ? period : null,
    year: scope === 'year' ? year : null,
    state: state === all ? null : state,
    kind: kind === all ? null : kind,
    search: serverSearch,
    offset: (page.page - 1) * page.pageSize,
    limit: page.pageSize,
  });
  const filter =
    <T,>(set: (value: T) => void) =>
    (value: T) => {
      set(value);
      setPage((current) => ({ ...current, page: 1 }));
    };

  return (
    <>
      <FundNav />
      <Card
        title="记账凭证"
        extra={
          <Space>
            <ChannelButton
              channel="fund.payGrant"
              onClick={() => setForm('grant')}
              data-testid="fund-grant-add"
            >
              资助拨付
            </ChannelButton>
            <ChannelButton
              channel="fund.bankCharge"
              onClick={() => setForm('bank_charge')}
              data-testid="fund-bank-charge-add"
            >
              银行手续费
            </ChannelButton>
            <ChannelButton
              channel="fund.interest"
              onClick={() => setForm('interest')}
              data-testid="fund-interest-add"
            >
              利息收入
            </ChannelButton>
            <ChannelButton
              channel="fund.createVoucher"
              type="primary"
              icon={<PlusOutlined />}
              onClick={() => void navigate('/fund/vouchers/new')}
              data-testid="fund-voucher-add"
            >
              新建凭证
            </ChannelButton>
          </Space>
        }
      >
        <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
          <Space wrap>
            <Select<'month' | 'year'>
              value={scope}
              onChange={filter(setScope)}
              style={{ width: 90 }}
              aria-label="按月或按年"
              options={[
                { value: 'month', label: '按月' },
                { value: 'year', label: '按年' },
              ]}
              data-testid="fund-voucher-scope"
            />
            {scope === 'month' ? (
              <DatePicker
                picker="month"
                allowClear={false}
                value={dayjs(`${period}-01`)}
                onChange={(value) => {
                  if (dayjs.isDayjs(value)) filter(setPeriod)(value.format('YYYY-MM'));
                }}
                aria-label="会计期间"
                data-testid="fund-voucher-period"
              />
            ) : (
              <DatePicker
                picker="year"
                allowClear={false}
                value={dayjs(`${year}-01-01`)}
                onChange={(value) => {
                  if (dayjs.isDayjs(value)) filter(setYear)(value.year());
                }}
                aria-label="年度"
                data-testid="fund-voucher-year"
              />
            )}
            <AllOrOneSelect<VoucherState>
              value={state}
              onChange={filter(setState)}
              width={110}
              label="按状态筛选"
              allLabel="全部状态"
              options={voucherStates.map((value) => ({ value, label: voucherStateLabels[value] }))}
              testId="fund-voucher-state-filter"
            />
            <AllOrOneSelect<VoucherKindName>
              value={kind}
              onChange={filter(setKind)}
              width={150}
              label="按类型筛选"
              allLabel="全部类型"
              options={voucherKinds.map((value) => ({ value, label: voucherKindLabels[value] }))}
              testId="fund-voucher-kind-filter"
            />
            <Input.Search
              allowClear
              placeholder="搜索凭证号、摘要"
              aria-label="搜索凭证"
              value={search}
              onChange={(event) => filter(setSearch)(event.target.value)}
              style={{ width: 220 }}
              data-testid="fund-voucher-search"
            />
          </Space>
          <Space size="large" data-testid="fund-voucher-totals">
            <Statistic
              title="借方合计（元）"
              value={vouchers.data ? formatYuan(vouchers.data.debitTotalFen) : '—'}
            />
            <Statistic title="凭证数" value={vouchers.data?.count ?? '—'} />
          </Space>
          {vouchers.isError ? (
            <PageState state="error" error={vouchers.error} />
          ) : (
            <Table<VoucherRow>
              rowKey="id"
              size="small"
              columns={columns}
              dataSource={vouchers.data?.rows ?? []}
              loading={vouchers.isFetching}
              onRow={(row) => ({
                ...rowTestId(`fund-voucher-row-${row.id}`),
                onDoubleClick: () => void navigate(`/fund/vouchers/${row.id}`),
              })}
              pagination={{
                current: page.page,
                pageSize: page.pageSize,
                total: vouchers.data?.count ?? 0,
                showSizeChanger: true,
                pageSizeOptions: [20, 50, 100, 200],
                showTotal: (total) => `共 ${total} 张`,
                onChange: (next, pageSize) =>
                  setPage({ page: pageSize === page.pageSize ? next : 1, pageSize }),
              }}
              data-testid="fund-voucher-table"
            />
          )}
        </Space>
      </Card>
      <GrantModal open={form === 'grant'} onClose={() => setForm(null)} />
      <BankItemModal kind="bank_charge" open={form === 'bank_charge'} onClose={() => setForm(null)} />
      <BankItemModal kind="interest" open={form === 'interest'} onClose={() => setForm(null)} />
    </>
  );
}
