// The dashboard's 公益微基金 card: the fund's total, restricted and unrestricted balances, this year's
// donations and the vouchers waiting for review (fund.balances). Shows nothing before the fund is used.
import { Card, Col, Row, Statistic } from 'antd';
import { Link } from 'react-router';
import { yuanCell } from './fund-report-format';
import { useFundBalances } from './queries';

type Balances = NonNullable<ReturnType<typeof useFundBalances>['data']>;

/** The card's figures, left to right. */
function figures(data: Balances) {
  return [
    { span: 5, title: '基金余额（元）', value: yuanCell(data.totalFen), testId: 'fund-balances-total' },
    {
      span: 5,
      title: '限定性（元）',
      value: yuanCell(data.restrictedFen),
      testId: 'fund-balances-restricted',
    },
    {
      span: 5,
      title: '非限定性（元）',
      value: yuanCell(data.unrestrictedFen),
      testId: 'fund-balances-unrestricted',
    },
    {
      span: 5,
      title: `本年捐赠（${data.donationsThisYearCount} 笔，元）`,
      value: yuanCell(data.donationsThisYearFen),
      testId: 'fund-balances-donations',
    },
    { span: 4, title: '待审核凭证', value: data.vouchersWaitingReview, testId: 'fund-balances-waiting' },
  ];
}

export function FundBalancesCard() {
  const balances = useFundBalances();
  const data = balances.data;
  if (!data) return null;
  return (
    <Card
      size="small"
      title="公益微基金"
      extra={<Link to="/fund/reports/balance-sheet">查看报表</Link>}
      data-testid="fund-balances-card"
    >
      <Row gutter={16}>
        {figures(data).map((figure) => (
          <Col span={figure.span} key={figure.testId}>
            <Statistic title={figure.title} value={figure.value} data-testid={figure.testId} />
          </Col>
        ))}
      </Row>
    </Card>
  );
}
