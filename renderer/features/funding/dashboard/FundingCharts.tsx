// 经费看板 charts: allocated against disbursed per community (grouped bars) and the year's allocation by
// category (pie). Amounts stay fen in the series; labels and tooltips format them as yuan.
import { Card, Col, Empty, Row } from 'antd';
import { useMemo } from 'react';
import {
  fundingCategories,
  fundingCategoryLabels,
  type FundingYear,
} from '../../../../shared/features/funding/contract';
import { formatYuan } from '../../../../shared/domain/money';
import { EChart, type ChartOption } from './EChart';
import { formatRate } from '../funding-format';

interface TooltipItem {
  marker?: string;
  seriesName?: string;
  name?: string;
  value?: unknown;
  percent?: number;
}

const fenValue = (value: unknown) => (typeof value === 'number' ? formatYuan(value) : '—');
const wanLabel = (fen: number) => (fen === 0 ? '0' : `${(fen / 1_000_000).toLocaleString('zh-CN')}万`);

function barOption(funding: FundingYear): ChartOption {
  const rows = funding.rows.filter((row) => Object.keys(row.lines).length > 0);
  return {
    tooltip: {
      trigger: 'axis',
      axisPointer: { type: 'shadow' },
      formatter: (params) => {
        const items = (Array.isArray(params) ? params : [params]) as TooltipItem[];
        const row = rows.find((candidate) => candidate.communityName === items[0]?.name);
        const lines = items.map(
          (item) => `${item.marker ?? ''}${item.seriesName ?? ''}：${fenValue(item.value)} 元`,
        );
        const rate = row ? `执行率：${formatRate(row.disbursedFen, row.allocatedFen)}` : '';
        return [items[0]?.name ?? '', ...lines, rate].join('<br/>');
      },
    },
    legend: { top: 0 },
    grid: { left: 16, right: 16, bottom: 8, top: 40, containLabel: true },
    xAxis: {
      type: 'category',
      data: rows.map((row) => row.communityName),
      axisLabel: { interval: 0, rotate: labelRotation(rows.map((row) => row.communityName)) },
    },
    yAxis: { type: 'value', name: '元', axisLabel: { formatter: wanLabel } },
    series: [
      {
        name: '应拨',
        type: 'bar',
        data: rows.map((row) => row.allocatedFen),
        itemStyle: { color: '#1677ff' },
      },
      {
        name: '已拨付',
        type: 'bar',
        data: rows.map((row) => row.disbursedFen),
        itemStyle: { color: '#52c41a' },
      },
    ],
  };
}

function pieOption(funding: FundingYear): ChartOption {
  const { byCategory, allocatedFen } = funding.totals;
  const share = (fen: number) => (allocatedFen > 0 ? `${((fen * 100) / allocatedFen).toFixed(1)}%` : '—');
  const labels = new Map(
    fundingCategories.map((category) => [fundingCategoryLabels[category], byCategory[category]]),
  );
  return {
    tooltip: {
      trigger: 'item',
      formatter: (params) => {
        const item = params as TooltipItem;
        return `${item.marker ?? ''}${item.name ?? ''}：${fenValue(item.value)} 元（${item.percent ?? 0}%）`;
      },
    },
    // The narrow card has no room for outside labels: the legend carries each category's share.
    legend: {
      bottom: 0,
      orient: 'vertical',
      formatter: (name: string) => `${name}  ${share(labels.get(name) ?? 0)}`,
    },
    series: [
      {
        name: '按项目',
        type: 'pie',
        radius: ['35%', '62%'],
        center: ['50%', '40%'],
        label: { show: false },
        data: fundingCategories.map((category) => ({
          name: fundingCategoryLabels[category],
          value: byCategory[category],
        })),
      },
    ],
  };
}

export function FundingCharts({ funding }: { funding: FundingYear }) {
  const bars = useMemo(() => barOption(funding), [funding]);
  const pie = useMemo(() => pieOption(funding), [funding]);
  if (funding.totals.allocatedFen === 0 && funding.totals.disbursedFen === 0) {
    return <Empty description={`${funding.year} 年尚无核定金额`} data-testid="dashboard-empty" />;
  }
  return (
    <Row gutter={[16, 16]}>
      <Col xs={24} xl={16}>
        <Card title="各社区应拨与已拨付" size="small">
          <EChart
            option={bars}
            height={380}
            testId="dashboard-bar-chart"
            ariaLabel="各社区应拨与已拨付金额柱状图"
          />
        </Card>
      </Col>
      <Col xs={24} xl={8}>
        <Card title="按项目构成（应拨）" size="small">
          <EChart
            option={pie}
            height={380}
            testId="dashboard-category-chart"
            ariaLabel="按经费项目的应拨金额构成饼图"
          />
        </Card>
      </Col>
    </Row>
  );
}

/** Tilt the community names when, side by side, they would run into each other. */
function labelRotation(names: string[]): number {
  const characters = names.reduce((sum, name) => sum + name.length, 0);
  return names.length > 8 || characters > 24 ? 30 : 0;
}
