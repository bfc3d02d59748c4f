// The postings of a community's year: disbursements (with 冲销) and adjustments, each with its totals.
import { App, Card } from 'antd';
import { useMemo, useState } from 'react';
import type {
  CommunityFunding,
  Disbursement,
  FundingCategory,
} from '../../../../shared/features/funding/contract';
import { formatYuan } from '../../../../shared/domain/money';
import { useChannelMutation } from '../../../api/mutations';
import { useMayCall } from '../../../ui/signed-in';
import { AdjustmentTable } from './AdjustmentTable';
import { DisbursementTable } from './DisbursementTable';
import { ReverseDisbursementModal } from './ReverseDisbursementModal';

export function PostingsSection({ funding }: { funding: CommunityFunding }) {
  const { message } = App.useApp();
  const [reversing, setReversing] = useState<Disbursement | null>(null);
  const reverse = useChannelMutation('funding.reverse');
  const mayReverse = useMayCall('funding.reverse');
  const categoryOfLine = useMemo(() => {
    const map = new Map<number, FundingCategory>();
    for (const line of Object.values(funding.row.lines)) map.set(line.id, line.category);
    return map;
  }, [funding.row.lines]);

  return (
    <>
      <Card title="拨付记录" size="small" data-testid="disbursements-card">
        <DisbursementTable
          disbursements={funding.disbursements}
          categoryOfLine={categoryOfLine}
          canReverse={funding.status === 'approved' && mayReverse}
          onReverse={setReversing}
        />
      </Card>
      <Card title="审批后调整" size="small" data-testid="adjustments-card">
        <AdjustmentTable adjustments={funding.adjustments} categoryOfLine={categoryOfLine} />
      </Card>
      {reversing && funding.postingWindow && (
        <ReverseDisbursementModal
          disbursement={reversing}
          today={funding.postingWindow.to}
          onCancel={() => setReversing(null)}
          onSubmit={async (fields) => {
            await reverse.mutateAsync(fields);
            void message.success(`已冲销拨付 #${reversing.id}（${formatYuan(reversing.amountFen)} 元）`);
            setReversing(null);
          }}
        />
      )}
    </>
  );
}
