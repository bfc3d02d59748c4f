// One allocation line of a community's year: what the standard gives and how, what was determined (and
// why, when overridden), adjustments after approval, and how much of it has been disbursed.
import { Card, Descriptions, Progress, Tag, Typography, type DescriptionsProps } from 'antd';
import type { ReactNode } from 'react';
import {
  fundingCategoryLabels,
  type AllocationLine,
  type FundingCategory,
} from '../../../../shared/features/funding/contract';
import { formatYuan } from '../../../../shared/domain/money';
import { formatCount } from '../../../ui/format';
import { executionPercent } from '../funding-format';

export interface FundingLineCardProps {
  category: FundingCategory;
  line: AllocationLine | undefined;
  /** Buttons for the line (调整核定金额, 拨付 …), shown in the card's header. */
  actions?: ReactNode;
  /** A form shown under the figures (the party-building entry). */
  children?: ReactNode;
}

const missingTag = (
  <Tag color="red" data-testid="line-missing">
    待录入
  </Tag>
);

function items(line: AllocationLine): DescriptionsProps['items'] {
  const isParty = line.category === 'party_building';
  const list: DescriptionsProps['items'] = [];
  if (!isParty) {
    list.push({ key: 'basis', label: '户数', children: formatCount(line.householdsBasis) });
    list.push({
      key: 'computed',
      label: '测算金额',
      children: line.computedFen === null ? '标准未覆盖' : `${formatYuan(line.computedFen)} 元`,
    });
  }
  list.push({
    key: 'amount',
    label: '核定金额',
    children:
      line.amountFen === null ? (
        missingTag
      ) : (
        <span data-testid="line-amount">{formatYuan(line.amountFen)} 元</span>
      ),
  });
  if (line.overrideReason !== '') {
    list.push({
      key: 'reason',
      label: '调整理由',
      children: <span data-testid="line-override-reason-text">{line.overrideReason}</span>,
    });
  }
  if (isParty)
    list.push({ key: 'organisations', label: '涵盖的党组织', children: line.partyOrganisations || '—' });
  if (!isParty) list.push({ key: 'breakdown', label: '计算过程', children: line.breakdown || '—' });
  list.push(
    { key: 'adjustments', label: '审批后调整', children: `${formatYuan(line.adjustmentsFen)} 元` },
    {
      key: 'allocated',
      label: '应拨',
      children: <strong data-testid="line-allocated">{formatYuan(line.allocatedFen)} 元</strong>,
    },
    {
      key: 'disbursed',
      label: '已拨付',
      children: <span data-testid="line-disbursed">{formatYuan(line.disbursedFen)} 元</span>,
    },
    {
      key: 'remaining',
      label: '未拨付',
      children: <span data-testid="line-remaining">{formatYuan(line.remainingFen)} 元</span>,
    },
  );
  return list;
}

export function FundingLineCard({ category, line, actions, children }: FundingLineCardProps) {
  const percent = line ? executionPercent(line.disbursedFen, line.allocatedFen) : null;
  return (
    <Card
      title={fundingCategoryLabels[category]}
      extra={actions}
      size="small"
      style={{ height: '100%' }}
      data-testid={`line-card-${category}`}
    >
      {!line ? (
        <Typography.Text type="secondary">本年度尚未测算该项目</Typography.Text>
      ) : (
        <>
          <Descriptions size="small" column={1} items={items(line)} />
          <div style={{ marginTop: 8 }} data-testid="line-execution">
            <Typography.Text type="secondary">执行率</Typography.Text>
            <Progress
              percent={percent ?? 0}
              format={() => (percent === null ? '—' : `${percent.toFixed(1)}%`)}
            />
          </div>
          {children}
        </>
      )}
    </Card>
  );
}
