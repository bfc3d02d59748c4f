// One line that says what a funding standard gives, so the clerk sees the rules behind the year's figures.
import { Typography } from 'antd';
import { Link } from 'react-router';
import type { AllocationStatus, FundingStandard } from '../../../../shared/features/funding/contract';
import { partBlockRuleLabels, wanYuan, yuanWords } from '../../../../shared/features/funding/funding-rules';
import { formatCount } from '../../../ui/format';

export function describeStandard(standard: FundingStandard): string {
  const rates = standard.servicesRateFen;
  return [
    `基本办公经费 ${formatCount(standard.basicMinHouseholds)}—${formatCount(standard.basicBaseMaxHouseholds)} 户 ${wanYuan(standard.basicBaseFen)}，` +
      `每超出 ${formatCount(standard.basicBlockHouseholds)} 户增加 ${wanYuan(standard.basicBlockFen)}（${partBlockRuleLabels[standard.partBlockRule]}）`,
    `公共服务经费 自治院落 ${yuanWords(rates.self_governed)}/户、公共单位院落 ${yuanWords(rates.public_unit)}/户、物管院落 ${yuanWords(rates.property_managed)}/户`,
    `书记兼主任绩效上浮 ${standard.secretaryUpliftPercent}%`,
  ].join('；');
}

export interface StandardSummaryProps {
  standard: FundingStandard | null;
  /** 'none': the standard shown is the one that would apply; 'approved': the one frozen at approval. */
  status: AllocationStatus;
}

const leadOf: Record<AllocationStatus, string> = {
  none: '将适用经费标准',
  draft: '执行经费标准',
  approved: '审批时依据的经费标准',
};

export function StandardSummary({ standard, status }: StandardSummaryProps) {
  if (!standard) {
    return (
      <Typography.Text type="warning" data-testid="funding-standard">
        没有适用的经费标准，请先到<Link to="/settings/standards">「经费标准」</Link>中设置
      </Typography.Text>
    );
  }
  return (
    <Typography.Text type="secondary" data-testid="funding-standard">
      {leadOf[status]}（{standard.effectiveYear} 年起执行）：
      {describeStandard(standard)}
    </Typography.Text>
  );
}
