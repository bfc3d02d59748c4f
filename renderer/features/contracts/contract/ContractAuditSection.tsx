// 操作日志 of one contract: the audit rows of the contract, found by its number (a draft has none yet,
// so by its title), through the audit feature's table.
import { useState } from 'react';
import { AuditTable, useAuditLog } from '../../audit';

export function ContractAuditSection({ search }: { search: string }) {
  const [page, setPage] = useState({ current: 1, pageSize: 20 });
  const log = useAuditLog({
    entity: 'contract',
    search,
    offset: (page.current - 1) * page.pageSize,
    limit: page.pageSize,
  });
  return (
    <AuditTable
      page={log.data}
      loading={log.isFetching}
      current={page.current}
      pageSize={page.pageSize}
      onPageChange={(current, pageSize) =>
        setPage({ current: pageSize === page.pageSize ? current : 1, pageSize })
      }
    />
  );
}
