// 准入目录: the admitted work of one community, or of all of them, citing each decision.
import { Card, Select, Space, Typography } from 'antd';
import { useState } from 'react';
import { useCatalogue } from './queries';
import { useCommunities } from '../register';
import { CatalogueTable } from './CatalogueTable';
import { PageState } from '../../ui/PageState';

export function AccessCataloguePage() {
  const [communityId, setCommunityId] = useState<number | 'all'>('all');
  const communities = useCommunities({ status: 'active' });
  const catalogue = useCatalogue(communityId === 'all' ? undefined : communityId);
  return (
    <Card title="准入目录">
      <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
        <Space wrap>
          <Typography.Text>社区：</Typography.Text>
          <Select<number | 'all'>
            value={communityId}
            onChange={setCommunityId}
            showSearch={{ optionFilterProp: 'label' }}
            style={{ width: 240 }}
            aria-label="选择社区"
            options={[
              { value: 'all', label: '全部社区' },
              ...(communities.data ?? []).map((community) => ({
                value: community.id,
                label: community.name,
              })),
            ]}
            data-testid="catalogue-community"
          />
          <Typography.Text type="secondary">只列出经区领导小组准予准入且未撤销的事项</Typography.Text>
        </Space>
        {catalogue.isError ? (
          <PageState state="error" error={catalogue.error} />
        ) : (
          <CatalogueTable rows={catalogue.data ?? []} loading={catalogue.isFetching} />
        )}
      </Space>
    </Card>
  );
}
