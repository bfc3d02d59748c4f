// The closing part of a project's page: 结项 as recorded, and the step itself (confirmed: after it nothing
// more is paid or reported).
import { formatYuan } from '../../../../shared/domain/money';
import { useChannelMutation } from '../../../api/mutations';
import { CloseModal } from './steps/CloseModal';
import { ClosingSection } from './ProjectDetail';
import { useConfirmedStep, type SectionProps } from './steps/project-steps';

export function ProjectClosing({ project, step, onStepEnd }: SectionProps) {
  const close = useChannelMutation('fund.closeProject');
  const confirmed = useConfirmedStep(onStepEnd);
  return (
    <>
      <ClosingSection project={project} />
      {step === 'close' && (
        <CloseModal
          project={project}
          onCancel={onStepEnd}
          onSubmit={confirmed(
            close.mutateAsync,
            (input) => ({
              title: `结项 ${project.number}？`,
              content: `实际使用 ${formatYuan(input.usedFen)} 元，退回 ${formatYuan(input.returnedFen)} 元。${
                input.returnedFen > 0 || input.redesignation !== null
                  ? '结项将生成结项凭证，提交另一位审核人审核记账。'
                  : ''
              }结项后不能再拨付任何款项，也不能再报告进展。`,
              okTestId: 'fund-project-close-confirm',
            }),
            () => `已结项 ${project.number}`,
          )}
        />
      )}
    </>
  );
}
