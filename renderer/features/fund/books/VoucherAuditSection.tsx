// 操作日志 of one voucher: who prepared, submitted, sent back, posted or reversed it and when, in the audit
// feature's table (a row expands to its before / after). fund.audit answers every row; this pages them here.
import { Card } from 'antd';
import { useState } from 'react';
import { AuditTable } from '../../audit';
import { useFundVoucherAudit } from './queries';

export function VoucherAuditSection({ voucherId }: { voucherId: number }) {
  const [page, setPage] = useState({ current: 1, pageSize: 20 });
  const log = useFundVoucherAudit(voucherId);
  const rows = log.data?.rows ?? [];
  const start = (page.current - 1) * page.pageSize;
  return (
    <Card size="small" title="操作日志" style={{ marginTop: 16 }} data-testid="fund-voucher-audit">
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
