// 操作日志 of one contract: its own audit rows and its evaluations' and payments', shown in the audit
// feature's table.
import { useState } from 'react';
import { AuditTable } from '../../audit';
import { useContractAudit } from '../queries';

export function ContractAuditSection({ contractId }: { contractId: number }) {
  const [page, setPage] = useState({ current: 1, pageSize: 20 });
  const log = useContractAudit({
    id: contractId,
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
