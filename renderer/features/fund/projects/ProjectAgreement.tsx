// The agreement part of a project's page: 资助协议 with its instalments, 签订资助协议 (the instalments
// adding up to the approved amount), and 拨付 on an instalment, which drafts its grant voucher; each
// confirmed before it is sent.
import { useState } from 'react';
import { formatYuan } from '../../../../shared/domain/money';
import { useChannelMutation } from '../../../api/mutations';
import { useRoleRefusal } from '../../../ui/signed-in';
import { AgreementModal } from './steps/AgreementModal';
import { InstalmentsSection, type Instalment } from './InstalmentsSection';
import { PayInstalmentModal } from './steps/PayInstalmentModal';
import { actionChannels, useConfirmedStep, type SectionProps } from './steps/project-steps';

export function ProjectAgreement({ project, step, onStepEnd }: SectionProps) {
  const roleRefusal = useRoleRefusal();
  const [paying, setPaying] = useState<Instalment | null>(null);
  const agree = useChannelMutation('fund.agreeProject');
  const pay = useChannelMutation('fund.payInstalment');
  const confirmed = useConfirmedStep(() => {
    setPaying(null);
    onStepEnd();
  });
  const payRefusal = project.allowedActions.includes('pay')
    ? (roleRefusal(actionChannels.pay) ?? null)
    : '该项目当前不能拨付';
  return (
    <>
      <InstalmentsSection project={project} payRefusal={payRefusal} onPay={setPaying} />
      {step === 'agree' && (
        <AgreementModal
          project={project}
          onCancel={onStepEnd}
          onSubmit={confirmed(
            agree.mutateAsync,
            (input) => ({
              title: `登记资助协议 ${input.agreementNo}？`,
              content: `共 ${input.instalments.length} 期，合计 ${formatYuan(
                input.instalments.reduce((sum, row) => sum + row.amountFen, 0),
              )} 元。协议和分期登记后不能修改。`,
              okTestId: 'fund-project-agree-confirm',
            }),
            () => '已登记资助协议',
          )}
        />
      )}
      {paying && (
        <PayInstalmentModal
          project={project}
          instalment={paying}
          onCancel={() => setPaying(null)}
          onSubmit={confirmed(
            pay.mutateAsync,
            (input) => ({
              title: `拨付第 ${paying.seq} 期 ${formatYuan(paying.amountFen)} 元？`,
              content: `将生成资助拨付凭证${input.submit ? '并提交审核' : '（草稿）'}，审核人记账后该期为已拨付${
                project.state === 'agreed' ? '；项目转为实施中，不能再撤回' : ''
              }。`,
              okTestId: 'fund-project-pay-confirm',
            }),
            (input) => `已生成第 ${paying.seq} 期拨付凭证${input.submit ? '（待审核）' : '（草稿）'}`,
          )}
        />
      )}
    </>
  );
}
