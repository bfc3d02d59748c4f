// 限定用途余额表 (/fund/reports/designations): each designation's 年初可用, 本年收到, 使用, 解除限制 and 年末可用.
import { Table, Tag } from 'antd';
import { useState } from 'react';
import type { DesignationReportRow } from '../../../../shared/features/fund/periods/contract';
import { PageState } from '../../../ui/PageState';
import { tableComponents } from '../../../ui/table-header';
import { rowTestId } from '../../../ui/test-ids';
import { useToday } from '../../../ui/today';
import { yuanCell } from './fund-report-format';
import { ReportFrame, YearSelect, moneyColumn } from './ReportFrame';
import { useFundDesignationReport } from './queries';
import { ExportButton } from './ExportButton';

type AmountKey =
  'openingAvailableFen' | 'receivedFen' | 'usedFen' | 'releasedFen' | 'liftedFen' | 'closingAvailableFen';

const amountColumns: { key: AmountKey; title: string }[] = [
  { key: 'openingAvailableFen', title: '年初可用' },
  { key: 'receivedFen', title: '本年收到' },
  { key: 'usedFen', title: '本年使用' },
  { key: 'releasedFen', title: '转为非限定' },
  { key: 'liftedFen', title: '其中：解除限制' },
  { key: 'closingAvailableFen', title: '年末可用' },
];

export function DesignationReportPage() {
  const today = useToday();
  const [year, setYear] = useState(today.year);
  const report = useFundDesignationReport(year);
  const data = report.data;
  return (
    <ReportFrame
      title="限定用途余额表"
      extra={
        <ExportButton
          channel="fund.designationXlsx"
          input={{ year }}
          testId="fund-designation-report-export"
        />
      }
      print={{ channel: 'fund.designationPdf', input: { year } }}
      testId="fund-designation-report"
      filters={<YearSelect value={year} onChange={setYear} testId="fund-designation-report-year" />}
    >
      {report.isError && <PageState state="error" error={report.error} />}
      <Table<DesignationReportRow>
        rowKey="designationId"
        size="small"
        bordered
        components={tableComponents}
        loading={report.isFetching}
        dataSource={data?.rows ?? []}
        pagination={{ pageSize: 20, hideOnSinglePage: true }}
        onRow={(row) => rowTestId(`fund-designation-row-${row.designationId}`)}
        columns={[
          {
            key: 'name',
            title: '限定用途',
            sorter: (a, b) => a.name.localeCompare(b.name, 'zh-CN'),
            render: (_, row) => (
              <>
                {row.name}
                {row.restrictionKind === 'time' && (
                  <Tag style={{ marginLeft: 8 }}>
                    时间限定{row.usableFrom ? `（${row.usableFrom} 起）` : ''}
                  </Tag>
                )}
                {row.lifted && (
                  <Tag color="orange" style={{ marginLeft: 8 }}>
                    已解除限制
                  </Tag>
                )}
              </>
            ),
          },
          { key: 'purpose', title: '用途', dataIndex: 'purpose', ellipsis: true },
          ...amountColumns.map(({ key, title }) => ({
            ...moneyColumn,
            key,
            title,
            width: 120,
            sorter: (a: DesignationReportRow, b: DesignationReportRow) => a[key] - b[key],
            render: (_: unknown, row: DesignationReportRow) => yuanCell(row[key]),
          })),
        ]}
        summary={() =>
          data && (
            <Table.Summary.Row data-testid="fund-designation-totals">
              <Table.Summary.Cell index={0} colSpan={2}>
                合计
              </Table.Summary.Cell>
              {amountColumns.map(({ key }, index) => (
                <Table.Summary.Cell key={key} index={index + 2} align="right">
                  {yuanCell(data.totals[key])}
                </Table.Summary.Cell>
              ))}
            </Table.Summary.Row>
          )
        }
      />
    </ReportFrame>
  );
}
