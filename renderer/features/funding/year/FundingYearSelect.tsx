// A year picker for the funding screens: the years on record plus this year and next.
import { Select } from 'antd';
import type { AllocationStatus } from '../../../../shared/features/funding/contract';
import { allocationStatusLabels } from '../funding-format';

export interface FundingYearOption {
  year: number;
  status: AllocationStatus;
}

export interface FundingYearSelectProps {
  options: FundingYearOption[];
  value: number;
  onChange: (year: number) => void;
  testId?: string;
}

export function FundingYearSelect({
  options,
  value,
  onChange,
  testId = 'funding-year-select',
}: FundingYearSelectProps) {
  return (
    <Select<number>
      aria-label="选择年度"
      style={{ width: 180 }}
      value={value}
      onChange={onChange}
      options={options.map((option) => ({
        value: option.year,
        label: `${option.year} 年度（${allocationStatusLabels[option.status]}）`,
      }))}
      data-testid={testId}
    />
  );
}
