// A community's disbursements of the year: each posting with its voucher number and reversal status, a
// 冲销 button on postings that can still be reversed, and the net total.
import type { Disbursement, FundingCategory } from '../../../../shared/features/funding/contract';
import {
  enteredByColumn,
  PostingTable,
  postingDateColumn,
  postingIdColumn,
  reversalStatusColumn,
  reverseActionColumn,
} from '../../../ui/PostingTable';
import { categoryColumn } from './category-column';

export interface DisbursementTableProps {
  disbursements: Disbursement[];
  /** The category of each line id of the community's year. */
  categoryOfLine: Map<number, FundingCategory>;
  canReverse: boolean;
  onReverse: (disbursement: Disbursement) => void;
}

export function DisbursementTable({
  disbursements,
  categoryOfLine,
  canReverse,
  onReverse,
}: DisbursementTableProps) {
  return (
    <PostingTable<Disbursement>
      testId="disbursement"
      postings={disbursements}
      before={[postingIdColumn(), postingDateColumn(), categoryColumn(categoryOfLine)]}
      amountTitle="金额"
      after={[
        { title: '凭证号', dataIndex: 'voucherNo', sorter: (a, b) => a.voucherNo.localeCompare(b.voucherNo) },
        { title: '备注', dataIndex: 'note', render: (note: string) => note || '—' },
        reversalStatusColumn(),
        enteredByColumn(),
        reverseActionColumn({ testId: 'disbursement', canReverse, onReverse }),
      ]}
      totalLabel="拨付净额（已扣除冲销）"
      emptyText="尚无拨付记录"
    />
  );
}
