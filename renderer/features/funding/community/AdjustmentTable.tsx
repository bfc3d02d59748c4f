// A community's adjustments after approval: signed amounts with their reasons, and the net total.
import type { Adjustment, FundingCategory } from '../../../../shared/features/funding/contract';
import { enteredByColumn, PostingTable, postingDateColumn } from '../../../ui/PostingTable';
import { categoryColumn } from './category-column';

export interface AdjustmentTableProps {
  adjustments: Adjustment[];
  categoryOfLine: Map<number, FundingCategory>;
}

export function AdjustmentTable({ adjustments, categoryOfLine }: AdjustmentTableProps) {
  return (
    <PostingTable<Adjustment>
      testId="adjustment"
      postings={adjustments}
      before={[postingDateColumn(), categoryColumn(categoryOfLine)]}
      amountTitle="调整金额"
      signed
      after={[{ title: '理由', dataIndex: 'reason' }, enteredByColumn()]}
      totalLabel="调整合计"
      emptyText="尚无调整"
    />
  );
}
