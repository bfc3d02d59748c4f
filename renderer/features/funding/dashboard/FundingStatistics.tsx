// The year's totals as statistic cards: allocated, disbursed, remaining, and the execution rate.
import { Card, Col, Progress, Row, Statistic } from 'antd';
import type { FundingYear } from '../../../../shared/features/funding/contract';
import { formatYuan } from '../../../../shared/domain/money';
import { executionPercent } from '../funding-format';

export function FundingStatistics({ funding }: { funding: FundingYear }) {
  const { totals } = funding;
  const percent = executionPercent(totals.disbursedFen, totals.allocatedFen);
  const cards = [
    { key: 'allocated', title: '应拨合计（元）', fen: totals.allocatedFen },
    { key: 'disbursed', title: '已拨付（元）', fen: totals.disbursedFen },
    { key: 'remaining', title: '未拨付（元）', fen: totals.remainingFen },
  ];
  return (
    <Row gutter={[16, 16]}>
      {cards.map((card) => (
        <Col xs={12} lg={6} key={card.key}>
          <Card size="small">
            <Statistic
              title={card.title}
              value={card.fen}
              formatter={() => formatYuan(card.fen)}
              data-testid={`dashboard-${card.key}`}
            />
          </Card>
        </Col>
      ))}
      <Col xs={12} lg={6}>
        <Card size="small">
          <Statistic
            title="执行率"
            value={percent ?? 0}
            formatter={() => (percent === null ? '—' : `${percent.toFixed(1)}%`)}
            data-testid="dashboard-rate"
          />
          <Progress percent={percent ?? 0} showInfo={false} size="small" />
        </Card>
      </Col>
    </Row>
  );
}
