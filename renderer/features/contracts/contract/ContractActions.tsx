// The buttons of a contract's steps, each offered by the state (mayTake) and the role (the channel's
// declaration): 修改 / 删除草稿 / 签订 for a draft, 开始履行, 变更, 验收完成, 终止 afterwards, 录入评价, and
// 打印公告 once signed. A disabled button says why in its tooltip.
import { Button, Space, Tooltip } from 'antd';
import {
  refusalOfAction,
  type ContractAction,
  type ContractDetail,
} from '../../../../shared/features/contracts/contract';
import type { ChannelName } from '../../../../shared/contract/channels';
import { useRoleRefusal } from '../../../ui/signed-in';

export type ContractStep =
  'edit' | 'discard' | 'sign' | 'start' | 'amend' | 'complete' | 'terminate' | 'evaluate' | 'notice';

const channels: Record<Exclude<ContractStep, 'notice'>, ChannelName> = {
  edit: 'contracts.update',
  discard: 'contracts.discard',
  sign: 'contracts.sign',
  start: 'contracts.start',
  amend: 'contracts.amend',
  complete: 'contracts.complete',
  terminate: 'contracts.terminate',
  evaluate: 'contracts.evaluate',
};

const labels: Record<ContractStep, string> = {
  edit: '修改草稿',
  discard: '删除草稿',
  sign: '签订',
  start: '开始履行',
  amend: '变更',
  complete: '验收完成',
  terminate: '终止',
  evaluate: '录入评价',
  notice: '打印公告',
};

const draftSteps: ContractStep[] = ['edit', 'sign', 'discard'];
const laterSteps: ContractStep[] = ['start', 'evaluate', 'amend', 'complete', 'terminate', 'notice'];

export function ContractActions({
  contract,
  onStep,
}: {
  contract: ContractDetail;
  onStep: (step: ContractStep) => void;
}) {
  const roleRefusal = useRoleRefusal();
  const refusal = (step: ContractStep): string | null => {
    if (step === 'notice') return contract.contractNo === null ? '签订后才能打印公告' : null;
    return refusalOfAction(contract.state, step as ContractAction) ?? roleRefusal(channels[step]) ?? null;
  };
  const steps = contract.state === 'draft' ? draftSteps : laterSteps;
  return (
    <Space wrap data-testid="contract-actions">
      {steps.map((step) => {
        const reason = refusal(step);
        // A step the state will never allow again is left out; one the role may not take is shown disabled.
        if (step !== 'notice' && refusalOfAction(contract.state, step as ContractAction) !== null)
          return null;
        return (
          <Tooltip key={step} title={reason}>
            <Button
              type={step === 'sign' || step === 'start' ? 'primary' : 'default'}
              danger={step === 'discard' || step === 'terminate'}
              disabled={reason !== null}
              onClick={() => onStep(step)}
              data-testid={`contract-${step}`}
            >
              {labels[step]}
            </Button>
          </Tooltip>
        );
      })}
    </Space>
  );
}
