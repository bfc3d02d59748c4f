// The dashboard's 公益微基金 card: the fund's total, restricted and unrestricted balances, this year's
// donations and the vouchers waiting for review (fund.balances). Shows nothing before the fund is used.
import { Card, Col, Row, Statistic } from 'antd';
import { Link } from 'react-router';
import { yuanCell } from './fund-report-format';
import { useFundBalances } from './queries';

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
        <Col span={5}>
          <Statistic
            title="基金余额（元）"
            value={yuanCell(data.totalFen)}
            data-testid="fund-balances-total"
          />
        </Col>
        <Col span={5}>
          <Statistic
            title="限定性（元）"
            value={yuanCell(data.restrictedFen)}
            data-testid="fund-balances-restricted"
          />
        </Col>
        <Col span={5}>
          <Statistic
            title="非限定性（元）"
            value={yuanCell(data.unrestrictedFen)}
            data-testid="fund-balances-unrestricted"
          />
        </Col>
        <Col span={5}>
          <Statistic
            title={`本年捐赠（${data.donationsThisYearCount} 笔，元）`}
            value={yuanCell(data.donationsThisYearFen)}
            data-testid="fund-balances-donations"
          />
        </Col>
        <Col span={4}>
          <Statistic
            title="待审核凭证"
            value={data.vouchersWaitingReview}
            data-testid="fund-balances-waiting"
          />
        </Col>
      </Row>
    </Card>
  );
}
