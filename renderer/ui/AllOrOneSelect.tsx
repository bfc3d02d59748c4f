// A list filter that is either 全部… or one value: the pattern of every list page's filter bar (the
// fund's vouchers and donations; the contracts' list may use it the same way).
import { Select } from 'antd';

export const all = 'all' as const;
export type AllOr<T> = T | typeof all;

export interface AllOrOneSelectProps<T extends string | number> {
  value: AllOr<T>;
  onChange: (value: AllOr<T>) => void;
  /** The first option's label: 全部状态, 全部类型 … */
  allLabel: string;
  options: { value: T; label: string }[];
  /** What the filter is for, read by a screen reader: 按状态筛选. */
  label: string;
  width: number;
  searchable?: boolean;
  disabled?: boolean;
  testId: string;
}

export function AllOrOneSelect<T extends string | number>(props: AllOrOneSelectProps<T>) {
  return (
    <Select<AllOr<T>>
      value={props.value}
      onChange={props.onChange}
      disabled={props.disabled}
      style={{ width: props.width }}
      showSearch={props.searchable ? { optionFilterProp: 'label' } : undefined}
      aria-label={props.label}
      data-testid={props.testId}
      options={[{ value: all, label: props.allLabel }, ...props.options]}
    />
  );
}

/** This year and the five before it, newest first, as a year filter's options (2026 年 …). */
export function recentYearOptions(thisYear: number): { value: number; label: string }[] {
  return Array.from({ length: 6 }, (_, index) => thisYear - index).map((year) => ({
    value: year,
    label: `${year} 年`,
  }));
}

/** 全部年度 or one of this year and the five before it. */
export function YearFilter(props: {
  value: AllOr<number>;
  onChange: (value: AllOr<number>) => void;
  thisYear: number;
  testId: string;
}) {
  return (
    <AllOrOneSelect<number>
      value={props.value}
      onChange={props.onChange}
      width={110}
      label="按年度筛选"
      allLabel="全部年度"
      options={recentYearOptions(props.thisYear)}
      testId={props.testId}
    />
  );
}
