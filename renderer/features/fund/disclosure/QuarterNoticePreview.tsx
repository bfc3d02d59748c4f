// The preview of a quarter's 收支公示, from fund.quarterDisclosure: the balances (opening, income, spending,
// closing), the donations by published name, income and spending by designation, the grants by project,
// each with its 合计, and every reversal of the quarter as a 更正说明 — what the printed notice shows.
import { Alert, Card, Col, Row, Statistic, Table, Typography } from 'antd';
import type { QuarterDisclosure } from '../../../../shared/features/fund/disclosure/contract';
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

export function QuarterNoticePreview({ disclosure }: { disclosure: QuarterDisclosure }) {
  const { donations, grants, byDesignation, corrections } = disclosure;
  return (
    <Card
      size="small"
      title={`${quarterLabel(disclosure.year, disclosure.quarter)}收支公示（${disclosure.from} 至 ${disclosure.to}）`}
      data-testid="fund-disclosure-preview"
    >
      <Balances disclosure={disclosure} />
      <Typography.Title level={5}>一、捐赠收入</Typography.Title>
      <Table
        size="small"
        rowKey="voucherId"
        columns={donationColumns}
        dataSource={donations}
        pagination={pagination}
        locale={{ emptyText: '本季度没有捐赠收入' }}
        summary={() => (
          <TotalRow labelSpan={4} totals={[sum(donations, (row) => row.amountFen)]} trailing={1} />
        )}
        data-testid="fund-disclosure-donations"
      />
      <Typography.Title level={5}>二、按限定用途的收支</Typography.Title>
      <Table
        size="small"
        rowKey={(row) => row.designationId ?? 0}
        columns={designationColumns}
        dataSource={byDesignation}
        pagination={pagination}
        locale={{ emptyText: '本季度没有收支' }}
        summary={() => (
          <TotalRow
            labelSpan={1}
            totals={[
              sum(byDesignation, (row) => row.incomeFen),
              sum(byDesignation, (row) => row.spendingFen),
            ]}
          />
        )}
        data-testid="fund-disclosure-designations"
      />
      <Typography.Title level={5}>三、公益项目资助支出</Typography.Title>
      <Table
        size="small"
        rowKey="voucherId"
        columns={grantColumns}
        dataSource={grants}
        pagination={pagination}
        locale={{ emptyText: '本季度没有资助支出' }}
        summary={() => <TotalRow labelSpan={5} totals={[sum(grants, (row) => row.amountFen)]} trailing={1} />}
        data-testid="fund-disclosure-grants"
      />
      <Typography.Title level={5}>四、更正说明</Typography.Title>
      {corrections.length === 0 ? (
        <Typography.Text type="secondary">本季度没有冲销更正。</Typography.Text>
      ) : (
        corrections.map((correction) => (
          <Alert
            key={correction.reversalVoucherId}
            type="warning"
            title={correction.text}
            style={{ marginBottom: 4 }}
            data-testid="fund-disclosure-correction"
          />
        ))
      )}
    </Card>
  );
}
