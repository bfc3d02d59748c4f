// 科目余额表 (/fund/reports/trial-balance): every account's opening, period and closing debits and credits
// for a range of months of a year; parents roll up their 明细科目, the totals are over 一级 accounts.
// 隐藏无余额科目 (on by default: the standard chart is long and mostly unused) leaves out the accounts with
// no opening, no movement and no closing, on screen and in the printed and exported files alike.
import { Alert, Checkbox, Table, Tag } from 'antd';
import { useMemo, useState } from 'react';
import { trialBalanceRowsToShow } from '../../../../shared/features/fund/exports/trial-balance-rows';
import type { TrialBalanceRow } from '../../../../shared/features/fund/periods/contract';
import { PageState } from '../../../ui/PageState';
import { rowTestId } from '../../../ui/test-ids';
import { useToday } from '../../../ui/today';
import { yuanCell } from './fund-report-format';
import { MonthSelect, ReportFrame, YearSelect, moneyColumn } from './ReportFrame';
import { useFundTrialBalance } from './queries';
import { ExportButton } from './ExportButton';

const amount = (key: keyof TrialBalanceRow & `${string}Fen`, title: string) => ({
  ...moneyColumn,
  key,
  title,
  width: 120,
  render: (_: unknown, row: TrialBalanceRow) => yuanCell(row[key], true),
});

export function TrialBalancePage() {
  const today = useToday();
  const [year, setYear] = useState(today.year);
  const [fromMonth, setFromMonth] = useState(1);
  const [toMonth, setToMonth] = useState(Number(today.today.slice(5, 7)));
  const [hideEmpty, setHideEmpty] = useState(true);
  const report = useFundTrialBalance({ year, fromMonth, toMonth });
  const data = report.data;
  const rows = useMemo(() => trialBalanceRowsToShow(data?.rows ?? [], hideEmpty), [data, hideEmpty]);
  const scope = { year, fromMonth, toMonth, hideEmpty };

  return (
    <ReportFrame
      title="科目余额表"
      extra={
        <ExportButton
          channel="fund.trialBalanceXlsx"
          input={scope}
          disabled={fromMonth > toMonth}
          testId="fund-trial-balance-export"
        />
      }
      print={{ channel: 'fund.trialBalancePdf', input: scope, disabled: fromMonth > toMonth }}
      testId="fund-trial-balance"
      filters={
        <>
          <YearSelect value={year} onChange={setYear} testId="fund-trial-balance-year" />
          <MonthSelect
            value={fromMonth}
            onChange={setFromMonth}
            label="起始月份"
            testId="fund-trial-balance-from"
          />
          至
          <MonthSelect
            value={toMonth}
            onChange={setToMonth}
            label="截止月份"
            testId="fund-trial-balance-to"
          />
          <Checkbox
            checked={hideEmpty}
            onChange={(event) => setHideEmpty(event.target.checked)}
            data-testid="fund-trial-balance-hide-empty"
          >
            隐藏无余额科目
          </Checkbox>
        </>
      }
    >
      {fromMonth > toMonth && <Alert type="warning" showIcon title="截止月份不能早于起始月份" />}
      {report.isError && <PageState state="error" error={report.error} />}
      {data && !data.balanced && (
        <Alert
          type="error"
          showIcon
          title="借贷不平：期初、本期或期末的借方合计与贷方合计不相等，请检查凭证"
        />
      )}
      <Table<TrialBalanceRow>
        rowKey="accountId"
        size="small"
        bordered
        loading={report.isFetching}
        dataSource={rows}
        pagination={false}
        scroll={{ y: 440 }}
        onRow={(row) => rowTestId(`fund-trial-balance-row-${row.code}`)}
        columns={[
          { key: 'code', title: '科目编码', dataIndex: 'code', width: 100 },
          {
            key: 'name',
            title: '科目名称',
            render: (_, row) => (
              <span style={{ paddingLeft: (row.level - 1) * 16, fontWeight: row.level === 1 ? 600 : 400 }}>
                {row.name}
                {!row.active && <Tag style={{ marginLeft: 8 }}>已停用</Tag>}
              </span>
            ),
          },
          {
            title: '期初余额',
            children: [amount('openingDebitFen', '借方'), amount('openingCreditFen', '贷方')],
          },
          {
            title: '本期发生额',
            children: [amount('periodDebitFen', '借方'), amount('periodCreditFen', '贷方')],
          },
          {
            title: '期末余额',
            children: [amount('closingDebitFen', '借方'), amount('closingCreditFen', '贷方')],
          },
        ]}
        summary={() =>
          data && (
            <Table.Summary fixed>
              <Table.Summary.Row data-testid="fund-trial-balance-totals">
                <Table.Summary.Cell index={0} colSpan={2}>
                  合计
                </Table.Summary.Cell>
                {(
                  [
                    'openingDebitFen',
                    'openingCreditFen',
                    'periodDebitFen',
                    'periodCreditFen',
                    'closingDebitFen',
                    'closingCreditFen',
                  ] as const
                ).map((key, index) => (
                  <Table.Summary.Cell key={key} index={index + 2} align="right">
                    {yuanCell(data.totals[key])}
                  </Table.Summary.Cell>
                ))}
              </Table.Summary.Row>
            </Table.Summary>
          )
        }
      />
    </ReportFrame>
  );
}
