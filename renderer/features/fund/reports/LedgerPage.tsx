// 明细账 (/fund/reports/ledger): one account's lines of a year (optionally one designation's), with the
// running balance, 本月合计 and 本年累计 rows, paged on the server; red reversal lines shown in red.
import { Select, Table, Typography } from 'antd';
import { useState } from 'react';
import type { LedgerEntry } from '../../../../shared/features/fund/periods/contract';
import { PageState } from '../../../ui/PageState';
import { rowTestId } from '../../../ui/test-ids';
import { useToday } from '../../../ui/today';
import { sidedText, yuanCell } from './fund-report-format';
import { ReportFrame, YearSelect, moneyColumn } from './ReportFrame';
import { useFundDesignationReport, useFundLedger, useFundTrialBalance } from './queries';
import { ExportButton } from './ExportButton';

const totalLabels = { month_total: '本月合计', year_total: '本年累计' } as const;

function entryKey(entry: LedgerEntry): string {
  return entry.type === 'line' ? `${entry.voucherId}-${entry.lineNo}` : `${entry.type}-${entry.month}`;
}

export function LedgerPage() {
  const today = useToday();
  const [year, setYear] = useState(today.year);
  const [accountId, setAccountId] = useState<number | null>(null);
  const [designationId, setDesignationId] = useState<number | null>(null);
  const [page, setPage] = useState({ page: 1, pageSize: 100 });
  // The chart as the trial balance lists it (code order, 明细科目 indented) and the year's designations.
  const accounts = useFundTrialBalance({ year, fromMonth: 1, toMonth: 12 });
  const designations = useFundDesignationReport(year);
  const ledger = useFundLedger({
    accountId: accountId ?? 0,
    designationId,
    year,
    offset: (page.page - 1) * page.pageSize,
    limit: page.pageSize,
  });
  const data = accountId === null ? undefined : ledger.data;
  const reset =
    <T,>(set: (value: T) => void) =>
    (value: T) => {
      set(value);
      setPage((current) => ({ ...current, page: 1 }));
    };

  return (
    <ReportFrame
      title="明细账"
      extra={
        <ExportButton
          channel="fund.ledgerXlsx"
          input={{ accountId: accountId ?? 0, designationId, year }}
          disabled={accountId === null}
          testId="fund-ledger-export"
        />
      }
      print={{
        channel: 'fund.ledgerPdf',
        input: { accountId: accountId ?? 0, designationId, year },
        disabled: accountId === null,
      }}
      testId="fund-ledger"
      filters={
        <>
          <YearSelect value={year} onChange={reset(setYear)} testId="fund-ledger-year" />
          <Select<number>
            value={accountId ?? undefined}
            onChange={reset(setAccountId)}
            placeholder="选择会计科目"
            showSearch={{ optionFilterProp: 'label' }}
            style={{ width: 260 }}
            aria-label="会计科目"
            data-testid="fund-ledger-account"
            options={(accounts.data?.rows ?? []).map((row) => ({
              value: row.accountId,
              label: `${row.code} ${row.name}`,
            }))}
          />
          <Select<number | 'all'>
            value={designationId ?? 'all'}
            onChange={(value) => reset(setDesignationId)(value === 'all' ? null : value)}
            showSearch={{ optionFilterProp: 'label' }}
            style={{ width: 200 }}
            aria-label="限定用途"
            data-testid="fund-ledger-designation"
            options={[
              { value: 'all', label: '全部（不按限定用途）' },
              ...(designations.data?.rows ?? []).map((row) => ({
                value: row.designationId,
                label: row.name,
              })),
            ]}
          />
        </>
      }
    >
      {accountId === null && <Typography.Text type="secondary">请选择会计科目</Typography.Text>}
      {accountId !== null && ledger.isError && <PageState state="error" error={ledger.error} />}
      {data && (
        <Typography.Text data-testid="fund-ledger-heading">
          {data.account.code} {data.account.name}
          {data.designation ? `（${data.designation.name}）` : ''} · {data.year} 年 · 期末余额{' '}
          {sidedText(data.closing)}
        </Typography.Text>
      )}
      <Table<LedgerEntry>
        rowKey={entryKey}
        size="small"
        bordered
        loading={accountId !== null && ledger.isFetching}
        dataSource={data?.entries ?? []}
        onRow={(entry) =>
          entry.type === 'line'
            ? rowTestId(`fund-ledger-line-${entry.voucherId}-${entry.lineNo}`)
            : rowTestId(`fund-ledger-${entry.type}-${entry.month}`)
        }
        pagination={{
          current: page.page,
          pageSize: page.pageSize,
          total: data?.total ?? 0,
          showSizeChanger: true,
          pageSizeOptions: [50, 100, 200],
          showTotal: (total) => `共 ${total} 行`,
          onChange: (next, pageSize) => setPage({ page: next, pageSize }),
        }}
        summary={() =>
          data &&
          page.page === 1 && (
            <Table.Summary.Row>
              <Table.Summary.Cell index={0} colSpan={6}>
                {data.year} 年期初余额 {sidedText(data.opening)}
              </Table.Summary.Cell>
            </Table.Summary.Row>
          )
        }
        columns={[
          {
            key: 'date',
            title: '日期',
            width: 105,
            render: (_, entry) => (entry.type === 'line' ? entry.date : ''),
          },
          {
            key: 'number',
            title: '凭证号',
            width: 140,
            render: (_, entry) => (entry.type === 'line' ? entry.number : ''),
          },
          {
            key: 'summary',
            title: '摘要',
            render: (_, entry) =>
              entry.type === 'line' ? (
                <span style={entry.red ? { color: '#cf1322' } : undefined}>{entry.summary}</span>
              ) : (
                <strong>{totalLabels[entry.type]}</strong>
              ),
          },
          {
            ...moneyColumn,
            key: 'debit',
            title: '借方',
            width: 120,
            render: (_, entry) => (
              <span style={entry.type === 'line' && entry.red ? { color: '#cf1322' } : undefined}>
                {yuanCell(entry.debitFen, entry.type === 'line')}
              </span>
            ),
          },
          {
            ...moneyColumn,
            key: 'credit',
            title: '贷方',
            width: 120,
            render: (_, entry) => (
              <span style={entry.type === 'line' && entry.red ? { color: '#cf1322' } : undefined}>
                {yuanCell(entry.creditFen, entry.type === 'line')}
              </span>
            ),
          },
          {
            ...moneyColumn,
            key: 'balance',
            title: '余额',
            width: 140,
            render: (_, entry) => sidedText(entry.balance),
          },
        ]}
      />
    </ReportFrame>
  );
}
