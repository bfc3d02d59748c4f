// The search box of a list's filter bar: what it searches said in its placeholder, cleared with one
// click. The list debounces the text before it asks the backend (useDebounced).
import { Input } from 'antd';

export interface SearchFilterProps {
  value: string;
  onChange: (value: string) => void;
  /** What can be searched: 搜索项目名称、申请方、编号. */
  placeholder: string;
  /** What is searched, read by a screen reader: 搜索公益项目. */
  label: string;
  width: number;
  testId: string;
}

export function SearchFilter(props: SearchFilterProps) {
  return (
    <Input.Search
      allowClear
      placeholder={props.placeholder}
      aria-label={props.label}
      value={props.value}
      onChange={(event) => props.onChange(event.target.value)}
      style={{ width: props.width }}
      data-testid={props.testId}
    />
  );
}
