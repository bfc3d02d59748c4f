// 业务活动表 (/fund/reports/activity): 本年累计数 up to a month, 非限定性 / 限定性 / 合计, in the standard's order.
import { useState } from 'react';
import { PageState } from '../../../ui/PageState';
import { useToday } from '../../../ui/today';
import { MonthSelect, ReportFrame, YearSelect } from './ReportFrame';
import { StatementTable } from './StatementTable';
import { useFundActivityStatement } from './queries';
import { ExportButton } from './ExportButton';

export function ActivityStatementPage() {
  const today = useToday();
  const [year, setYear] = useState(today.year);
  const [toMonth, setToMonth] = useState(12);
  const report = useFundActivityStatement({ year, toMonth });
  return (
    <ReportFrame
      title="业务活动表"
      extra={
        <ExportButton channel="fund.activityXlsx" input={{ year, toMonth }} testId="fund-activity-export" />
      }
      print={{ channel: 'fund.activityPdf', input: { year, toMonth } }}
      testId="fund-activity"
      filters={
        <>
          <YearSelect value={year} onChange={setYear} testId="fund-activity-year" />
          截至
          <MonthSelect value={toMonth} onChange={setToMonth} label="截止月份" testId="fund-activity-to" />
        </>
      }
    >
      {report.isError && <PageState state="error" error={report.error} />}
      <StatementTable
        rows={report.data?.rows ?? []}
        labelTitle="项目"
        loading={report.isFetching}
        testId="fund-activity-row"
        amounts={[
          { key: 'unrestrictedFen', title: '非限定性' },
          { key: 'restrictedFen', title: '限定性' },
          { key: 'totalFen', title: '合计' },
        ]}
      />
    </ReportFrame>
  );
}
