// The year's report on the 信息公开 screen: 导出年度报告 (the books' statements and the project list, for the
// yearly audit, due by 5月31日 of the next year) and 登记已公开 once it is published.
import { FileExcelOutlined } from '@ant-design/icons';
import { Button, Card, Space, Tag } from 'antd';
import type { DisclosureRecord } from '../../../../shared/features/fund/disclosure/contract';
import { useFileOutput } from '../../../api/files';
import { RecordButton } from './RecordDisclosureModal';

export function AnnualReportCard({
  year,
  posted,
  onRecord,
}: {
  year: number;
  posted: DisclosureRecord | undefined;
  onRecord: () => void;
}) {
  const annualReport = useFileOutput('fund.annualReportXlsx');
  return (
    <Card
      size="small"
      title={`${year}年度报告`}
      extra={
        <Space>
          {posted && <Tag color="green">已于 {posted.publishedOn} 公开</Tag>}
          <Button
            icon={<FileExcelOutlined />}
            loading={annualReport.isPending}
            onClick={() => annualReport.mutate({ year })}
            data-testid="fund-disclosure-annual-report"
          >
            导出年度报告
          </Button>
          <RecordButton
            posted={posted !== undefined}
            onClick={onRecord}
            testId="fund-disclosure-record-annual"
          >
            登记已公开
          </RecordButton>
        </Space>
      }
    >
      年度报告（本年度各账簿报表及公益项目一览）供年度审计，须于次年5月31日前公开。
    </Card>
  );
}
