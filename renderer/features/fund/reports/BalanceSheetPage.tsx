// 资产负债表 (/fund/reports/balance-sheet): 年初数 and 期末数 at the end of a month, assets beside
// liabilities and net assets; an alert when 资产总计 differs from 负债和净资产总计.
import { Alert, Col, Row, Typography } from 'antd';
import { useState } from 'react';
import { PageState } from '../../../ui/PageState';
import { useToday } from '../../../ui/today';
import { MonthSelect, ReportFrame, YearSelect } from './ReportFrame';
import { StatementTable } from './StatementTable';
import { useFundBalanceSheet } from './queries';
import { ExportButton } from './ExportButton';

const amounts = [
  { key: 'openingFen' as const, title: '年初数' },
  { key: 'closingFen' as const, title: '期末数' },
];

export function BalanceSheetPage() {
  const today = useToday();
  const [year, setYear] = useState(today.year);
  const [month, setMonth] = useState(Number(today.today.slice(5, 7)));
  const report = useFundBalanceSheet({ year, month });
  const data = report.data;
  return (
    <ReportFrame
      title="资产负债表"
      extra={
        <ExportButton
          channel="fund.balanceSheetXlsx"
          input={{ year, month }}
          testId="fund-balance-sheet-export"
        />
      }
      print={{ channel: 'fund.balanceSheetPdf', input: { year, month } }}
      testId="fund-balance-sheet"
      filters={
        <>
          <YearSelect value={year} onChange={setYear} testId="fund-balance-sheet-year" />
          <MonthSelect value={month} onChange={setMonth} label="月份" testId="fund-balance-sheet-month" />
          {data && <Typography.Text type="secondary">截至 {data.asOf}</Typography.Text>}
        </>
      }
    >
      {report.isError && <PageState state="error" error={report.error} />}
      {data && !data.balanced && (
        <Alert type="error" showIcon title="资产总计与负债和净资产总计不相等，请检查凭证" />
      )}
      <Row gutter={16}>
        <Col span={12}>
          <StatementTable
            rows={data?.assets ?? []}
            labelTitle="资产"
            amounts={amounts}
            loading={report.isFetching}
            testId="fund-balance-sheet-asset"
          />
        </Col>
        <Col span={12}>
          <StatementTable
            rows={data?.liabilitiesAndNetAssets ?? []}
            labelTitle="负债和净资产"
            amounts={amounts}
            loading={report.isFetching}
            testId="fund-balance-sheet-claim"
          />
        </Col>
      </Row>
    </ReportFrame>
  );
}
