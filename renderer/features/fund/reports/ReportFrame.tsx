// The frame every fund report sits in: its title, the period selects, 单位：元, 打印 (the report's PDF in the
// print window, for the scope on screen) and 导出Excel.
import { Card, Select, Space, Typography } from 'antd';
import { NavLink } from 'react-router';
import type { ReactNode } from 'react';
import { useToday } from '../../../ui/today';
import { FundNav } from '../books/FundNav';
import { monthOptions, reportYearOptions } from './fund-report-format';
import { ReportPrintButton, type FundPdfChannel, type ReportPrint } from './ReportPrintButton';

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

const reportLinks = [
  { to: '/fund/reports/trial-balance', label: '科目余额表', key: 'trial-balance' },
  { to: '/fund/reports/ledger', label: '明细账', key: 'ledger' },
  { to: '/fund/reports/designations', label: '限定用途余额表', key: 'designations' },
  { to: '/fund/reports/donations', label: '捐赠收入明细', key: 'donations' },
  { to: '/fund/reports/activity', label: '业务活动表', key: 'activity' },
  { to: '/fund/reports/balance-sheet', label: '资产负债表', key: 'balance-sheet' },
];

/** The reports, one link each, under the fund's 账簿报表 tab. */
function ReportLinks() {
  return (
    <Space wrap style={{ marginBottom: 8 }}>
      {reportLinks.map((link) => (
        <NavLink
          key={link.key}
          to={link.to}
          data-testid={`fund-report-link-${link.key}`}
          style={({ isActive }) => ({ fontWeight: isActive ? 600 : 400 })}
        >
          {link.label}
        </NavLink>
      ))}
    </Space>
  );
}

export function ReportFrame<C extends FundPdfChannel>({
  title,
  filters,
  extra,
  print,
  testId,
  children,
}: {
  title: string;
  filters: ReactNode;
  extra?: ReactNode;
  print: ReportPrint<C>;
  testId: string;
  children: ReactNode;
}) {
  return (
    <>
      <FundNav />
      <ReportLinks />
      <Card
        title={title}
        data-testid={testId}
        extra={
          <Space>
            {extra}
            <ReportPrintButton print={print} testId={`${testId}-print`} />
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
    </>
  );
}

/** A money column's common props: right-aligned, tabular digits. */
export const moneyColumn = { align: 'right' as const, className: 'fund-money' };
