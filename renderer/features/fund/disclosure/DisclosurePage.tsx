// 信息公开 (/fund/disclosure?year=&quarter=): the quarter's 收支公示 previewed as it will print, then 打印公示
// (the PDF to the printer, or a download in browser mode), 登记已张贴 once it is on the board, and the year's
// register of posted notices; 导出年度报告 gives the year's report for the audit, and 项目公示 the projects'
// open deadlines with their notice and record. The dashboard's deadlines link here.
import { PrinterOutlined } from '@ant-design/icons';
import { Button, Card, Select, Space, Tag } from 'antd';
import { useState } from 'react';
import { useSearchParams } from 'react-router';
import { PageState } from '../../../ui/PageState';
import { useToday } from '../../../ui/today';
import { FundNav } from '../books/FundNav';
import { reportYearOptions } from '../reports/fund-report-format';
import { AnnualReportCard } from './AnnualReportCard';
import { DisclosureRegister } from './DisclosureRegister';
import { postedRecord, quarterLabel, quarterOf, quarterOptions } from './disclosure-periods';
import { ProjectDisclosuresCard } from './ProjectDisclosuresCard';
import { NoticeOutputModal, type PrintedPosting } from './NoticeOutputModal';
import { QuarterNoticePreview } from './QuarterNoticePreview';
import { useDisclosures, useQuarterDisclosure } from './queries';
import { RecordButton, RecordDisclosureModal, type DisclosureSubject } from './RecordDisclosureModal';

/** The quarter in the address, else today's. */
function useChosenQuarter() {
  const { today, year: thisYear } = useToday();
  const [params, setParams] = useSearchParams();
  const year = Number(params.get('year')) || thisYear;
  const quarter = Number(params.get('quarter'));
  const chosen = { year, quarter: quarter >= 1 && quarter <= 4 ? quarter : quarterOf(today) };
  const choose = (next: { year: number; quarter: number }) =>
    setParams({ year: String(next.year), quarter: String(next.quarter) }, { replace: true });
  return { ...chosen, thisYear, choose };
}

export function DisclosurePage() {
  const { year, quarter, thisYear, choose } = useChosenQuarter();
  const disclosure = useQuarterDisclosure(year, quarter);
  const register = useDisclosures(year);
  const [printing, setPrinting] = useState(false);
  const [recording, setRecording] = useState<DisclosureSubject | null>(null);
  // The posting period last printed, and for which quarter: proposed when that quarter is recorded.
  const [printed, setPrinted] = useState<(PrintedPosting & { key: string }) | null>(null);
  const quarterKey = `${year}-${quarter}`;
  const quarterSubject: DisclosureSubject = {
    kind: 'quarterly',
    year,
    quarter,
    projectId: null,
    label: quarterLabel(year, quarter),
  };
  const annualSubject: DisclosureSubject = {
    kind: 'annual',
    year,
    quarter: null,
    projectId: null,
    label: `${year}年度`,
  };
  const quarterPosted = postedRecord(register.data, quarterSubject);
  const annualPosted = postedRecord(register.data, annualSubject);
  return (
    <>
      <FundNav />
      <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
        <Card
          size="small"
          title={
            <Space>
              信息公开
              <Select
                value={year}
                options={reportYearOptions(thisYear)}
                onChange={(next) => choose({ year: next, quarter })}
                style={{ width: 110 }}
                aria-label="年度"
                data-testid="fund-disclosure-year"
              />
              <Select
                value={quarter}
                options={quarterOptions}
                onChange={(next) => choose({ year, quarter: next })}
                style={{ width: 110 }}
                aria-label="季度"
                data-testid="fund-disclosure-quarter"
              />
              {quarterPosted && (
                <Tag color="green" data-testid="fund-disclosure-posted">
                  已于 {quarterPosted.publishedOn} 张贴
                </Tag>
              )}
            </Space>
          }
          extra={
            <Space>
              <Button
                type="primary"
                icon={<PrinterOutlined />}
                disabled={!disclosure.data}
                onClick={() => setPrinting(true)}
                data-testid="fund-disclosure-print"
              >
                打印公示
              </Button>
              <RecordButton
                posted={quarterPosted !== undefined}
                onClick={() => setRecording(quarterSubject)}
                testId="fund-disclosure-record-quarter"
              >
                登记已张贴
              </RecordButton>
            </Space>
          }
        >
          {disclosure.isError && <PageState state="error" error={disclosure.error} />}
          {disclosure.data ? (
            <QuarterNoticePreview disclosure={disclosure.data} />
          ) : (
            !disclosure.isError && <PageState state="loading" />
          )}
        </Card>
        <AnnualReportCard year={year} posted={annualPosted} onRecord={() => setRecording(annualSubject)} />
        <ProjectDisclosuresCard onRecord={setRecording} />
        <DisclosureRegister year={year} />
      </Space>
      {printing && (
        <NoticeOutputModal
          title={`打印公示：${quarterLabel(year, quarter)}收支公示`}
          target={{ channel: 'fund.quarterNoticePdf', input: { year, quarter } }}
          testId="fund-quarter-notice"
          onDone={(posting) => setPrinted({ ...posting, key: quarterKey })}
          onClose={() => setPrinting(false)}
        />
      )}
      {recording && (
        <RecordDisclosureModal
          subject={recording}
          printed={recording.kind === 'quarterly' && printed?.key === quarterKey ? printed : null}
          onClose={() => setRecording(null)}
        />
      )}
    </>
  );
}
