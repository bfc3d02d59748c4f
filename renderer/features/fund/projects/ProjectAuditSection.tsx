// 操作记录 of one project: every audit row of the project (fund.projectAudit), in the audit feature's table,
// paged here as the voucher's 操作日志 is.
import { Card } from 'antd';
import { useState } from 'react';
import { AuditTable } from '../../audit';
import { useFundProjectAudit } from './queries';

export function ProjectAuditSection({ projectId }: { projectId: number }) {
  const [page, setPage] = useState({ current: 1, pageSize: 10 });
  const log = useFundProjectAudit(projectId);
  const rows = log.data?.rows ?? [];
  const start = (page.current - 1) * page.pageSize;
  return (
    <Card size="small" title="操作记录" data-testid="fund-project-audit">
      <AuditTable
        page={log.data && { rows: rows.slice(start, start + page.pageSize), total: log.data.total }}
        loading={log.isFetching}
        current={page.current}
        pageSize={page.pageSize}
        onPageChange={(current, pageSize) =>
          setPage({ current: pageSize === page.pageSize ? current : 1, pageSize })
        }
      />
    </Card>
  );
}
