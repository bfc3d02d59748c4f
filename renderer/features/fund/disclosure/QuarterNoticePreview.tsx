// The preview of a quarter's 收支公示, from fund.quarterDisclosure: the balances (opening, income, spending,
// closing), the donations by published name, income and spending by designation, the grants by project,
// each with its 合计, and every reversal of the quarter as a 更正说明 — what the printed notice shows.
import { Alert, Card, Col, Row, Statistic, Table, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import type { ReactNode } from 'react';
import type {
  DisclosureCorrection,
  QuarterDisclosure,
} from '../../../../shared/features/fund/disclosure/contract';
import { yuanCell } from '../reports/fund-report-format';
import { designationColumns, donationColumns, grantColumns } from './quarter-preview-columns';
import { quarterLabel } from './disclosure-periods';

const sum = <Row,>(rows: readonly Row[], fen: (row: Row) => number) =>
  rows.reduce((total, row) => total + fen(row), 0);

/** The 合计 row: the label across the leading columns, then the totals in their own columns. */
function TotalRow({
  labelSpan,
  totals,
  trailing = 0,
}: {
  labelSpan: number;
  totals: number[];
  trailing?: number;
}) {
  return (
    <Table.Summary.Row>
      <Table.Summary.Cell index={0} colSpan={labelSpan}>
        <strong>合计</strong>
      </Table.Summary.Cell>
      {totals.map((fen, index) => (
        <Table.Summary.Cell index={labelSpan + index} key={index} align="right">
          <strong data-testid="fund-disclosure-total">{yuanCell(fen)}</strong>
        </Table.Summary.Cell>
      ))}
      {trailing > 0 && <Table.Summary.Cell index={labelSpan + totals.length} colSpan={trailing} />}
    </Table.Summary.Row>
  );
}

function Balances({ disclosure }: { disclosure: QuarterDisclosure }) {
  const figures = [
    { title: '期初余额（元）', fen: disclosure.openingBalanceFen, testId: 'opening' },
    { title: '本季收入（元）', fen: disclosure.incomeFen, testId: 'income' },
    { title: '本季支出（元）', fen: disclosure.spendingFen, testId: 'spending' },
    { title: '期末余额（元）', fen: disclosure.closingBalanceFen, testId: 'closing' },
  ];
  return (
    <Row gutter={16}>
      {figures.map((figure) => (
        <Col span={6} key={figure.testId}>
          <Statistic
            title={figure.title}
            value={yuanCell(figure.fen)}
            data-testid={`fund-disclosure-${figure.testId}`}
          />
        </Col>
      ))}
    </Row>
  );
}

const pagination = { pageSize: 10, hideOnSinglePage: true, showSizeChanger: false } as const;

/** One part of the notice: its heading and its table, with the 合计 row under it. */
function Section<Row extends object>(props: {
  title: string;
  rows: Row[];
  columns: ColumnsType<Row>;
  rowKey: (row: Row) => number;
  emptyText: string;
  total: ReactNode;
  testId: string;
}) {
  return (
    <>
      <Typography.Title level={5}>{props.title}</Typography.Title>
      <Table<Row>
        size="small"
        rowKey={props.rowKey}
        columns={props.columns}
        dataSource={props.rows}
        pagination={pagination}
        locale={{ emptyText: props.emptyText }}
        summary={() => props.total}
        data-testid={props.testId}
      />
    </>
  );
}

function Corrections({ corrections }: { corrections: DisclosureCorrection[] }) {
  if (corrections.length === 0)
    return <Typography.Text type="secondary">本季度没有冲销更正。</Typography.Text>;
  return corrections.map((correction) => (
    <Alert
      key={correction.reversalVoucherId}
      type="warning"
      title={correction.text}
      style={{ marginBottom: 4 }}
      data-testid="fund-disclosure-correction"
    />
  ));
}

export function QuarterNoticePreview({ disclosure }: { disclosure: QuarterDisclosure }) {
  const { donations, grants, byDesignation } = disclosure;
  const period = `${quarterLabel(disclosure.year, disclosure.quarter)}收支公示（${disclosure.from} 至 ${disclosure.to}）`;
  return (
    <Card size="small" title={period} data-testid="fund-disclosure-preview">
      <Balances disclosure={disclosure} />
      <Section
        title="一、捐赠收入"
        rows={donations}
        columns={donationColumns}
        rowKey={(row) => row.voucherId}
        emptyText="本季度没有捐赠收入"
        total={<TotalRow labelSpan={4} totals={[sum(donations, (row) => row.amountFen)]} trailing={1} />}
        testId="fund-disclosure-donations"
      />
      <Section
        title="二、按限定用途的收支"
        rows={byDesignation}
        columns={designationColumns}
        rowKey={(row) => row.designationId ?? 0}
        emptyText="本季度没有收支"
        total={
          <TotalRow
            labelSpan={1}
            totals={[
              sum(byDesignation, (row) => row.incomeFen),
              sum(byDesignation, (row) => row.spendingFen),
            ]}
          />
        }
        testId="fund-disclosure-designations"
      />
      <Section
        title="三、公益项目资助支出"
        rows={grants}
        columns={grantColumns}
        rowKey={(row) => row.voucherId}
        emptyText="本季度没有资助支出"
        total={<TotalRow labelSpan={5} totals={[sum(grants, (row) => row.amountFen)]} trailing={1} />}
        testId="fund-disclosure-grants"
      />
      <Typography.Title level={5}>四、更正说明</Typography.Title>
      <Corrections corrections={disclosure.corrections} />
    </Card>
  );
}
