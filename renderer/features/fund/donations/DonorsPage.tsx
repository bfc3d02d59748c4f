// 捐赠人 (/fund/donors): the donors with their published name (爱心人士 when anonymous) and what they gave;
// a donor's page (/fund/donors/:id) lists their giving.
import { PlusOutlined } from '@ant-design/icons';
import { Card, Descriptions, Input, Space, Table, Tag } from 'antd';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { formatYuan } from '../../../../shared/domain/money';
import { donorKindLabels, type DonorRow } from '../../../../shared/features/fund/donations/contract';
import { PageState } from '../../../ui/PageState';
import { ChannelButton } from '../../../ui/signed-in';
import { rowTestId } from '../../../ui/test-ids';
import { useDebounced } from '../../../ui/use-debounced';
import { FundNav } from '../books/FundNav';
import { CreateDonorModal } from './CreateDonorModal';
import { DonationsTable } from './DonationsTable';
import { useFundDonor, useFundDonors } from './queries';

export function DonorsPage() {
  const [search, setSearch] = useState('');
  const [page, setPage] = useState({ page: 1, pageSize: 20 });
  const [creating, setCreating] = useState(false);
  const serverSearch = useDebounced(search.trim(), 300);
  const donors = useFundDonors({ search: serverSearch, ...page });
  return (
    <>
      <FundNav />
      <Card
        title="捐赠人"
        data-testid="fund-donors"
        extra={
          <ChannelButton
            channel="fund.createDonor"
            type="primary"
            icon={<PlusOutlined />}
            onClick={() => setCreating(true)}
            data-testid="fund-donor-add"
          >
            新增捐赠方
          </ChannelButton>
        }
      >
        <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
          <Input.Search
            allowClear
            placeholder="搜索姓名、单位"
            aria-label="搜索捐赠人"
            value={search}
            onChange={(event) => {
              setSearch(event.target.value);
              setPage((current) => ({ ...current, page: 1 }));
            }}
            style={{ width: 240 }}
            data-testid="fund-donors-search"
          />
          {donors.isError && <PageState state="error" error={donors.error} />}
          <Table<DonorRow>
            rowKey="id"
            size="small"
            loading={donors.isFetching}
            dataSource={donors.data?.rows ?? []}
            onRow={(row) => rowTestId(`fund-donor-row-${row.id}`)}
            pagination={{
              current: page.page,
              pageSize: page.pageSize,
              total: donors.data?.total ?? 0,
              showTotal: (total) => `共 ${total} 位`,
              onChange: (next, pageSize) => setPage({ page: next, pageSize }),
            }}
            columns={[
              {
                key: 'name',
                title: '名称',
                render: (_, row) => <Link to={`/fund/donors/${row.id}`}>{row.name}</Link>,
              },
              { key: 'kind', title: '类型', width: 80, render: (_, row) => donorKindLabels[row.kind] },
              {
                key: 'published',
                title: '公示名称',
                render: (_, row) => (
                  <>
                    {row.publishedName}
                    {row.anonymous && (
                      <Tag style={{ marginLeft: 8 }} color="blue">
                        匿名
                      </Tag>
                    )}
                  </>
                ),
              },
              { key: 'count', title: '捐赠笔数', dataIndex: 'donations', align: 'right', width: 90 },
              {
                key: 'given',
                title: '累计捐赠（元）',
                align: 'right',
                width: 140,
                render: (_, row) => formatYuan(row.givenFen),
              },
              { key: 'last', title: '最近捐赠', width: 110, render: (_, row) => row.lastDonationDate ?? '—' },
            ]}
          />
        </Space>
      </Card>
      <CreateDonorModal open={creating} onClose={() => setCreating(false)} />
    </>
  );
}

export function DonorPage() {
  const id = Number(useParams().id);
  const donor = useFundDonor(id);
  const back = <Link to="/fund/donors">返回捐赠人列表</Link>;
  if (!Number.isInteger(id) || id <= 0)
    return (
      <PageState
        state="not-found"
        title="没有这位捐赠人"
        reason="地址中的编号无效"
        back={back}
        testId="fund-donor-not-found"
      />
    );
  if (donor.isError) return <PageState state="error" error={donor.error} action={back} />;
  if (!donor.data) return <PageState state="loading" />;
  const { donor: d, donations } = donor.data;
  return (
    <>
      <FundNav />
      <Card title={d.name} extra={back} data-testid="fund-donor">
        <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
          <Descriptions size="small" bordered column={3}>
            <Descriptions.Item label="类型">{donorKindLabels[d.kind]}</Descriptions.Item>
            <Descriptions.Item label="公示名称">
              {d.publishedName}
              {d.anonymous ? '（匿名）' : ''}
            </Descriptions.Item>
            <Descriptions.Item label="统一社会信用代码">{d.uscc || '—'}</Descriptions.Item>
            <Descriptions.Item label="联系人">{d.contactPerson || '—'}</Descriptions.Item>
            <Descriptions.Item label="电话">{d.phone || '—'}</Descriptions.Item>
            <Descriptions.Item label="地址">{d.address || '—'}</Descriptions.Item>
          </Descriptions>
          <DonationsTable
            rows={donations}
            loading={false}
            pagination={{ pageSize: 20, hideOnSinglePage: true }}
          />
        </Space>
      </Card>
    </>
  );
}
