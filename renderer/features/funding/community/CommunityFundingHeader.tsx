// The head of a community's funding page: name and year, status, households, the secretary-director
// uplift, and the year's totals for the community.
import { Alert, Card, Col, Row, Space, Statistic, Tag, Typography } from 'antd';
import type { ReactNode } from 'react';
import type { CommunityFunding } from '../../../../shared/features/funding/contract';
import { formatYuan } from '../../../../shared/domain/money';
import { AllocationStatusTag } from '../year/AllocationStatusTag';
import { formatCount } from '../../../ui/format';
import { formatRate } from '../funding-format';
import { registerChangeWords } from '../year/RegisterChange';

export interface CommunityFundingHeaderProps {
  funding: CommunityFunding;
  approvedBy?: string | null;
  approvedAt?: string | null;
  back: ReactNode;
}

export function CommunityFundingHeader({
  funding,
  approvedBy,
  approvedAt,
  back,
}: CommunityFundingHeaderProps) {
  const { row, year, status, secretaryUpliftPercent } = funding;
  const money = (fen: number) => formatYuan(fen);
  return (
    <Card data-testid="community-funding-header">
      <Space orientation="vertical" size="small" style={{ width: '100%' }}>
        {back}
        <Space wrap align="center">
          <Typography.Title level={4} style={{ margin: 0 }} data-testid="community-funding-title">
            {row.communityName} · {year} 年社区工作经费
          </Typography.Title>
          <AllocationStatusTag status={status} approvedBy={approvedBy} approvedAt={approvedAt} />
          {row.isPilot && <Tag color="gold">试点社区</Tag>}
          {secretaryUpliftPercent !== null && (
            <Tag color="orange" data-testid="funding-uplift-tag">
              书记兼主任：绩效考核兑现上浮 {secretaryUpliftPercent}%
            </Tag>
          )}
        </Space>
        <Typography.Text type="secondary" data-testid="community-funding-households">
          总户数 {row.totalHouseholds === null ? '未填报' : `${formatCount(row.totalHouseholds)} 户`}
          ；自治院落 {formatCount(row.householdsByType.self_governed)} 户、公共单位院落{' '}
          {formatCount(row.householdsByType.public_unit)} 户、物管院落{' '}
          {formatCount(row.householdsByType.property_managed)} 户{status === 'approved' && '（审批时）'}
        </Typography.Text>
        {row.registerNow && (
          <Alert
            type="warning"
            showIcon
            data-testid="community-register-change"
            title="审批后户数登记有变更：本页按审批时的户数显示，登记变更不改变核定金额；如需变更金额，请录入调整。"
            description={registerChangeWords(row)}
          />
        )}
        <Row gutter={16}>
          <Col xs={12} md={6}>
            <Statistic
              title="应拨合计（元）"
              value={row.allocatedFen}
              formatter={() => money(row.allocatedFen)}
              data-testid="community-allocated"
            />
          </Col>
          <Col xs={12} md={6}>
            <Statistic
              title="已拨付（元）"
              value={row.disbursedFen}
              formatter={() => money(row.disbursedFen)}
              data-testid="community-disbursed"
            />
          </Col>
          <Col xs={12} md={6}>
            <Statistic
              title="未拨付（元）"
              value={row.remainingFen}
              formatter={() => money(row.remainingFen)}
              data-testid="community-remaining"
            />
          </Col>
          <Col xs={12} md={6}>
            <Statistic
              title="执行率"
              value={row.disbursedFen}
              formatter={() => formatRate(row.disbursedFen, row.allocatedFen)}
              data-testid="community-rate"
            />
          </Col>
        </Row>
      </Space>
    </Card>
  );
}
