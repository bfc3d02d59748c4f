// Display helpers shared by the contracts' screens: state and grade tags, yuan with unit, who a provider
// is (its identifier by kind), the voucher warning.
import { Tag } from 'antd';
import {
  contractStateLabels,
  gradeLabels,
  providerKindLabels,
  providerStatusLabels,
  type ContractState,
  type Grade,
  type PaymentVoucherUse,
  type Provider,
  type ProviderStatus,
} from '../../../shared/features/contracts/contract';
import type { PaymentStatus } from '../../../shared/features/contracts/outputs';
import { formatYuan } from '../../../shared/domain/money';

const stateColors: Record<ContractState, string> = {
  draft: 'default',
  signed: 'gold',
  performing: 'processing',
  completed: 'green',
  terminated: 'red',
};

export function ContractStateTag({ state }: { state: ContractState }) {
  return (
    <Tag color={stateColors[state]} data-testid="contract-state" data-state={state}>
      {contractStateLabels[state]}
    </Tag>
  );
}

export function ProviderStatusTag({ status }: { status: ProviderStatus }) {
  return (
    <Tag color={status === 'active' ? 'green' : 'red'} data-testid="provider-status" data-status={status}>
      {providerStatusLabels[status]}
    </Tag>
  );
}

const gradeColors: Record<Grade, string> = { excellent: 'green', good: 'blue', fair: 'gold', poor: 'red' };

export function GradeTag({ grade }: { grade: Grade | null }) {
  if (grade === null) return <>—</>;
  return <Tag color={gradeColors[grade]}>{gradeLabels[grade]}</Tag>;
}

export const paymentStatusLabels: Record<PaymentStatus, string> = {
  requested: '待审核',
  paid: '已付款',
  rejected: '已退回',
};

const paymentColors: Record<PaymentStatus, string> = {
  requested: 'gold',
  paid: 'green',
  rejected: 'default',
};

export function PaymentStatusTag({ status, reversal }: { status: PaymentStatus; reversal: boolean }) {
  return (
    <Tag
      color={reversal ? 'volcano' : paymentColors[status]}
      data-testid="payment-status"
      data-status={status}
    >
      {reversal ? '冲销' : paymentStatusLabels[status]}
    </Tag>
  );
}

/** 「120,000.00 元」 */
export function yuanText(fen: number | null): string {
  return fen === null ? '—' : `${formatYuan(fen)} 元`;
}

/** A table cell's amount, its column saying 「（元）」; — when there is none. */
export function yuanCell(fen: number | null): string {
  return fen === null ? '—' : formatYuan(fen);
}

/** The identifier its kind carries: the 统一社会信用代码, or a person's 身份证号码. */
export function providerIdentifier(provider: Pick<Provider, 'kind' | 'uscc' | 'idNumber'>): string {
  return provider.kind === 'individual' ? provider.idNumber : provider.uscc;
}

export function providerKindText(kind: Provider['kind']): string {
  return providerKindLabels[kind];
}

export function contractVoucherWarning(voucherNo: string, uses: PaymentVoucherUse[]): string {
  const text = uses
    .map(
      (use) =>
        `${use.contractNo ?? '草稿'}「${use.contractTitle}」${use.date} ${formatYuan(use.amountFen)} 元（#${use.paymentId}）`,
    )
    .join('；');
  return `凭证号“${voucherNo}”已用于：${text}。一张凭证可对应多笔付款，核对无误可继续。`;
}

export const byText = (a: string, b: string) => a.localeCompare(b, 'zh-CN');
