// 操作日志: every change, filtered and paged on the server.
import { Card, Space, Typography } from 'antd';
import { useState } from 'react';
import type { AuditListInput } from '../../../shared/contract/audit';
import { useAuditLog } from './queries';
import { AuditFilters, type AuditFilterValues } from './AuditFilters';
import { AuditTable } from './AuditTable';
import { PageState } from '../../ui/PageState';

function inputOf(filters: AuditFilterValues, current: number, pageSize: number): AuditListInput {
  return {
    ...(filters.entity ? { entity: filters.entity } : {}),
    ...(filters.action ? { action: filters.action } : {}),
    ...(filters.range
      ? { from: filters.range[0].format('YYYY-MM-DD'), to: filters.range[1].format('YYYY-MM-DD') }
      : {}),
    search: filters.search,
    offset: (current - 1) * pageSize,
    limit: pageSize,
  };
}

export function AuditPage() {
  const [filters, setFilters] = useState<AuditFilterValues>({ range: null, search: '' });
  const [current, setCurrent] = useState(1);
  const [pageSize, setPageSize] = useState(50);
  const audit = useAuditLog(inputOf(filters, current, pageSize));

  return (
    <Card title="操作日志">
      <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
        <Space wrap align="center">
          <AuditFilters
            value={filters}
            onChange={(next) => {
              setFilters(next);
              setCurrent(1);
            }}
          />
          <Typography.Text type="secondary" data-testid="audit-total">
            共 {audit.data?.total ?? 0} 条
          </Typography.Text>
        </Space>
        {audit.isError && <PageState state="error" error={audit.error} />}
        <AuditTable
          page={audit.data}
          loading={audit.isFetching}
          current={current}
          pageSize={pageSize}
          onPageChange={(nextCurrent, nextPageSize) => {
            setCurrent(nextPageSize === pageSize ? nextCurrent : 1);
            setPageSize(nextPageSize);
          }}
        />
      </Space>
    </Card>
  );
}
