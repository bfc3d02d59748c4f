// The voucher a fund form will write, shown before the clerk saves it: its summary and its lines with the
// accounts' names (from fund.accounts), 借方 and 贷方 in yuan. Shared by 登记捐赠, 资助拨付 and the bank items.
import { useQuery } from '@tanstack/react-query';
import { Table } from 'antd';
import { formatYuan } from '../../../../shared/domain/money';
import type { FormLine } from '../../../../shared/features/fund/donations/contract';
import { callQuery } from '../../../api/client';

export interface FormVoucher {
  summary: string;
  lines: FormLine[];
}

export function VoucherPreview({ voucher, testId }: { voucher: FormVoucher; testId: string }) {
  const accounts = useQuery({
    queryKey: ['fund', 'accounts'],
    queryFn: () => callQuery('fund.accounts', {}),
  });
  const accountName = (code: string) => {
    const account = accounts.data?.find((a) => a.code === code);
    return account ? `${code} ${account.name}` : code;
  };
  return (
    <Table<FormLine>
      size="small"
      bordered
      title={() => `将生成的凭证：${voucher.summary}`}
      rowKey={(line) => `${line.accountCode}-${line.debitFen}-${line.creditFen}`}
      pagination={false}
      dataSource={voucher.lines}
      data-testid={testId}
      columns={[
        { key: 'account', title: '会计科目', render: (_, line) => accountName(line.accountCode) },
        {
          key: 'debit',
          title: '借方（元）',
          align: 'right',
          render: (_, line) => (line.debitFen ? formatYuan(line.debitFen) : ''),
        },
        {
          key: 'credit',
          title: '贷方（元）',
          align: 'right',
          render: (_, line) => (line.creditFen ? formatYuan(line.creditFen) : ''),
        },
      ]}
    />
  );
}
