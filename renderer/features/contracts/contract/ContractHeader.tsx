// A contract's header: number, state, community and provider, and its money (price, committed, paid,
// pending, remaining), with the warnings it was (or would be) signed with.
import { Alert, Descriptions, Space, Statistic } from 'antd';
import { Link } from 'react-router';
import type { ContractDetail } from '../../../../shared/features/contracts/contract';
import { formatYuan } from '../../../../shared/domain/money';
import { ProviderStatusTag, yuanText } from '../contract-format';

export function contractWarnings(contract: ContractDetail): string[] {
  return [
    ...contract.warnings.negativeList.map((item) => `负面清单：${item}`),
    ...(contract.warnings.qualification === null ? [] : [`资格审查：${contract.warnings.qualification}`]),
  ];
}

export function ContractHeader({ contract }: { contract: ContractDetail }) {
  const { totals } = contract;
  const warnings = contractWarnings(contract);
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Descriptions size="small" column={4} data-testid="contract-header">
        <Descriptions.Item label="预算年度">{contract.year} 年</Descriptions.Item>
        <Descriptions.Item label="实施社区">{contract.community.name}</Descriptions.Item>
        <Descriptions.Item label="承接主体">
          <Link to={`/providers/${contract.provider.id}`}>{contract.provider.name}</Link>
          {contract.provider.status !== 'active' && <ProviderStatusTag status={contract.provider.status} />}
        </Descriptions.Item>
        <Descriptions.Item label="履行期限">
          {contract.terms.startDate} 至 {contract.terms.endDate}
        </Descriptions.Item>
        <Descriptions.Item label="签订">
          {contract.signedDate ? `${contract.signedDate}（${contract.signedBy ?? ''}）` : '—'}
        </Descriptions.Item>
        <Descriptions.Item label="开始履行">{contract.startedDate ?? '—'}</Descriptions.Item>
        <Descriptions.Item label="验收完成">{contract.completedDate ?? '—'}</Descriptions.Item>
        <Descriptions.Item label="经办">{contract.createdBy}</Descriptions.Item>
        {contract.termination && (
          <Descriptions.Item label="终止" span={4}>
            {contract.termination.date}，结算 {yuanText(contract.termination.settlementFen)}，理由：
            {contract.termination.reason}（{contract.termination.by}）
          </Descriptions.Item>
        )}
      </Descriptions>
      <Space size="large" wrap data-testid="contract-statistics">
        <Statistic title="合同价款（元）" value={formatYuan(totals.priceFen)} />
        <Statistic title="承诺金额（元）" value={formatYuan(totals.committedFen)} />
        <Statistic title="已付（元）" value={formatYuan(totals.paidFen)} />
        <Statistic title="待审核（元）" value={formatYuan(totals.pendingFen)} />
        <Statistic title="未付（元）" value={formatYuan(totals.remainingFen)} />
      </Space>
      {warnings.length > 0 && (
        <Alert
          type="warning"
          showIcon
          title={contract.state === 'draft' ? '今天签订将带有以下提示：' : '签订时的提示：'}
          description={warnings.join('；')}
          data-testid="contract-warnings"
        />
      )}
    </Space>
  );
}
