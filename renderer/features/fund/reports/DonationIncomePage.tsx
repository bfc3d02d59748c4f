// 捐赠收入明细 (/fund/reports/donations): every donation income line of a range of months, with the donor,
// the designation (or 非限定性) and the receipt (or 待开票); refunds and red reversals negative.
import { Select, Space, Statistic, Table, Tag } from 'antd';
import { useMemo, useState } from 'react';
import type { DonationIncomeRow } from '../../../../shared/features/fund/periods/contract';
import { PageState } from '../../../ui/PageState';
import { tableComponents } from '../../../ui/table-header';
import { rowTestId } from '../../../ui/test-ids';
import { useToday } from '../../../ui/today';
import {
  donationChannelLabel,
  filterDonationIncome,
  yuanCell,
  type DonationIncomeFilter,
} from './fund-report-format';
import { MonthSelect, ReportFrame, YearSelect, moneyColumn } from './ReportFrame';
import { useFundDonationIncome } from './queries';
import { ExportButton } from './ExportButton';

export function DonationIncomePage() {
  const today = useToday();
  const [year, setYear] = useState(today.year);
  const [fromMonth, setFromMonth] = useState(1);
  const [toMonth, setToMonth] = useState(12);
  const [filter, setFilter] = useState<DonationIncomeFilter>({ restriction: 'all', awaitingReceipt: false });
  const report = useFundDonationIncome({ year, fromMonth, toMonth });
  const data = report.data;
  const rows = useMemo(() => filterDonationIncome(data?.rows ?? [], filter), [data, filter]);
  const shownFen = rows.reduce((sum, row) => sum + row.amountFen, 0);

  return (
    <ReportFrame
      title="捐赠收入明细"
      extra={
        <ExportButton
          channel="fund.donationIncomeXlsx"
          input={{ year, fromMonth, toMonth }}
          disabled={fromMonth > toMonth}
          testId="fund-donation-income-export"
        />
      }
      print={{
        channel: 'fund.donationIncomePdf',
        input: { year, fromMonth, toMonth },
        disabled: fromMonth > toMonth,
      }}
      testId="fund-donation-income"
      filters={
        <>
          <YearSelect value={year} onChange={setYear} testId="fund-donation-income-year" />
          <MonthSelect
            value={fromMonth}
            onChange={setFromMonth}
            label="起始月份"
            testId="fund-donation-income-from"
          />
          至
          <MonthSelect
            value={toMonth}
            onChange={setToMonth}
            label="截止月份"
            testId="fund-donation-income-to"
          />
          <Select<DonationIncomeFilter['restriction']>
            value={filter.restriction}
            onChange={(restriction) => setFilter((current) => ({ ...current, restriction }))}
            style={{ width: 130 }}
            aria-label="按限定性筛选"
            data-testid="fund-donation-income-restriction"
            options={[
              { value: 'all', label: '全部' },
              { value: 'restricted', label: '限定性' },
              { value: 'unrestricted', label: '非限定性' },
            ]}
          />
          <Select<'all' | 'awaiting'>
            value={filter.awaitingReceipt ? 'awaiting' : 'all'}
            onChange={(value) =>
              setFilter((current) => ({ ...current, awaitingReceipt: value === 'awaiting' }))
            }
            style={{ width: 120 }}
            aria-label="按开票筛选"
            data-testid="fund-donation-income-receipt"
            options={[
              { value: 'all', label: '全部票据' },
              { value: 'awaiting', label: '仅待开票' },
            ]}
          />
        </>
      }
    >
      {report.isError && <PageState state="error" error={report.error} />}
      {data && (
        <Space size="large" data-testid="fund-donation-income-statistics">
          <Statistic title="捐赠收入合计（元）" value={yuanCell(data.totalFen)} />
          <Statistic title="其中限定性（元）" value={yuanCell(data.restrictedFen)} />
          <Statistic title="其中非限定性（元）" value={yuanCell(data.unrestrictedFen)} />
        </Space>
      )}
      <Table<DonationIncomeRow>
        rowKey={(row) => `${row.voucherId}-${row.donationId ?? 0}-${row.designationId ?? 0}`}
        size="small"
        components={tableComponents}
        loading={report.isFetching}
        dataSource={rows}
        pagination={{ defaultPageSize: 20, showSizeChanger: true, showTotal: (total) => `共 ${total} 条` }}
        onRow={(row) => rowTestId(`fund-donation-income-row-${row.voucherId}`)}
        columns={[
          {
            key: 'date',
            title: '日期',
            dataIndex: 'date',
            width: 105,
            sorter: (a, b) => a.date.localeCompare(b.date),
          },
          { key: 'number', title: '凭证号', dataIndex: 'number', width: 140 },
          {
            key: 'donor',
            title: '捐赠方',
            sorter: (a, b) => a.donorName.localeCompare(b.donorName, 'zh-CN'),
            render: (_, row) =>
              row.publishedName && row.publishedName !== row.donorName
                ? `${row.donorName}（公示：${row.publishedName}）`
                : row.donorName,
          },
          { key: 'channel', title: '方式', width: 90, render: (_, row) => donationChannelLabel(row.channel) },
          {
            key: 'designation',
            title: '限定用途',
            render: (_, row) =>
              row.designationId === null ? (
                <Tag>非限定性</Tag>
              ) : (
                <Tag color="purple">{row.designationName}</Tag>
              ),
          },
          {
            ...moneyColumn,
            key: 'amount',
            title: '金额',
            width: 130,
            sorter: (a, b) => a.amountFen - b.amountFen,
            render: (_, row) => (
              <span style={row.amountFen < 0 ? { color: '#cf1322' } : undefined}>
                {yuanCell(row.amountFen)}
              </span>
            ),
          },
          {
            key: 'receipt',
            title: '票据',
            width: 130,
            render: (_, row) => (row.receipt === '待开票' ? <Tag color="gold">待开票</Tag> : row.receipt),
          },
        ]}
        summary={() => (
          <Table.Summary.Row data-testid="fund-donation-income-totals">
            <Table.Summary.Cell index={0} colSpan={5}>
              筛选合计（{rows.length} 条）
            </Table.Summary.Cell>
            <Table.Summary.Cell index={5} align="right">
              {yuanCell(shownFen)}
            </Table.Summary.Cell>
            <Table.Summary.Cell index={6} />
          </Table.Summary.Row>
        )}
      />
    </ReportFrame>
  );
}
