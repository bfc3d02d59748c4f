// The frame every fund report sits in: its title, the period selects, 单位：元, 打印 (the window's print,
// which prints the report as shown) and, where there is one, 导出Excel.
import { PrinterOutlined } from '@ant-design/icons';
import { Button, Card, Select, Space, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useToday } from '../../../ui/today';
import { monthOptions, reportYearOptions } from './fund-report-format';

export function YearSelect({
  value,
  onChange,
  testId,
}: {
  value: number;
  onChange: (year: number) => void;
  testId: string;
}) {
  const { year: thisYear } = useToday();
  const options = reportYearOptions(thisYear);
  if (!options.some((option) => option.value === value)) options.unshift({ value, label: `${value} 年` });
  return (
    <Select<number>
      value={value}
      onChange={onChange}
      options={options}
      style={{ width: 110 }}
      aria-label="年度"
      data-testid={testId}
    />
  );
}

export function MonthSelect({
  value,
  onChange,
  label,
  testId,
}: {
  value: number;
  onChange: (month: number) => void;
  label: string;
  testId: string;
}) {
  return (
    <Select<number>
      value={value}
      onChange={onChange}
      options={monthOptions}
      style={{ width: 90 }}
      aria-label={label}
      data-testid={testId}
    />
  );
}

export function ReportFrame({
  title,
  filters,
  extra,
  testId,
  children,
}: {
  title: string;
  filters: ReactNode;
  extra?: ReactNode;
  testId: string;
  children: ReactNode;
}) {
  return (
    <Card
      title={title}
      data-testid={testId}
      extra={
        <Space>
          {extra}
          <Button icon={<PrinterOutlined />} onClick={() => window.print()} data-testid={`${testId}-print`}>
            打印
          </Button>
        </Space>
      }
    >
      <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
        <Space wrap style={{ width: '100%', justifyContent: 'space-between' }}>
          <Space wrap>{filters}</Space>
          <Typography.Text type="secondary">单位：元</Typography.Text>
        </Space>
        {children}
      </Space>
    </Card>
  );
}

/** A money column's common props: right-aligned, tabular digits. */
export const moneyColumn = { align: 'right' as const, className: 'fund-money' };
