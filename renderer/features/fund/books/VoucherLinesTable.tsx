// A voucher's lines with their totals in figures and in words; a red reversal's negative amounts in red.
// A reversal waiting for review comes with the original's lines negated (what posting will write), marked
// as such for the reviewer.
import { Alert, Space, Table, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { amountInWords, formatYuan, sumFen } from '../../../../shared/domain/money';
import type { VoucherDetail, VoucherLineView } from '../../../../shared/features/fund/books/contract';

function Amount({ fen }: { fen: number }) {
  if (fen === 0) return null;
  return <Typography.Text type={fen < 0 ? 'danger' : undefined}>{formatYuan(fen)}</Typography.Text>;
}

const lineColumns: ColumnsType<VoucherLineView> = [
  { title: '#', dataIndex: 'lineNo', width: 40 },
  { title: '摘要', dataIndex: 'summary' },
  {
    title: '会计科目',
    key: 'account',
    render: (_: unknown, line) => `${line.accountCode} ${line.accountName}`,
  },
  { title: '限定用途', dataIndex: 'designationName', render: (name: string | null) => name ?? '' },
  {
    title: '借方金额（元）',
    dataIndex: 'debitFen',
    align: 'right',
    width: 140,
    render: (fen: number) => <Amount fen={fen} />,
  },
  {
    title: '贷方金额（元）',
    dataIndex: 'creditFen',
    align: 'right',
    width: 140,
    render: (fen: number) => <Amount fen={fen} />,
  },
];

/** A red reversal not posted yet: its lines are the original's negated, written only when posted. */
export function isPendingReversal(voucher: VoucherDetail): boolean {
  return voucher.kind === 'reversal' && voucher.state !== 'posted';
}

export function VoucherLinesTable({ voucher }: { voucher: VoucherDetail }) {
  const lines = voucher.lines;
  const debit = sumFen(lines.map((line) => line.debitFen));
  const credit = sumFen(lines.map((line) => line.creditFen));
  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      {isPendingReversal(voucher) && (
        <Alert
          type="info"
          showIcon
          title="审核记账时将按原凭证各行金额取负数（红字）写入以下分录"
          data-testid="fund-voucher-reversal-preview"
        />
      )}
      <Table<VoucherLineView>
        rowKey="lineNo"
        size="small"
        pagination={false}
        columns={lineColumns}
        dataSource={lines}
        data-testid="fund-voucher-line-table"
        summary={() => (
          <Table.Summary.Row>
            <Table.Summary.Cell index={0} colSpan={4}>
              合计 {debit === credit && debit !== 0 ? amountInWords(debit) : ''}
            </Table.Summary.Cell>
            <Table.Summary.Cell index={4} align="right">
              <Amount fen={debit} />
            </Table.Summary.Cell>
            <Table.Summary.Cell index={5} align="right">
              <Amount fen={credit} />
            </Table.Summary.Cell>
          </Table.Summary.Row>
        )}
      />
    </Space>
  );
}
