// The application part of a project's page: the 申请 section, and its two steps: 修改申请 (while 申请中)
// and 撤回 (confirmed, for good).
import { App } from 'antd';
import { useChannelMutation } from '../../../api/mutations';
import { useCommunities } from '../../register';
import { ApplicationSection } from './ProjectDetail';
import { ProjectFormModal } from './steps/ProjectFormModal';
import { ProjectWithdrawModal } from './steps/ProjectStepModals';
import { useConfirmedStep, type SectionProps } from './steps/project-steps';

export function ProjectApplication({ project, step, onStepEnd }: SectionProps) {
  const { message } = App.useApp();
  const communities = useCommunities({ status: 'active' });
  const update = useChannelMutation('fund.updateProject');
  const withdraw = useChannelMutation('fund.withdrawProject');
  const confirmed = useConfirmedStep(onStepEnd);
  return (
    <>
      <ApplicationSection project={project} />
      {step === 'edit' && (
        <ProjectFormModal
          editing={project}
          communities={communities.data ?? []}
          onCancel={onStepEnd}
          onSubmit={async (input) => {
            await update.mutateAsync({ id: project.id, ...input });
            onStepEnd();
            void message.success(`已保存对 ${project.number} 的修改`);
          }}
        />
      )}
      {step === 'withdraw' && (
        <ProjectWithdrawModal
          project={project}
          onCancel={onStepEnd}
          onSubmit={confirmed(
            withdraw.mutateAsync,
            () => ({
              title: '撤回该项目申请？',
              content: '撤回后该项目不再办理，也不能恢复；编号保留。如需再办，请提交新的项目申请。',
              okTestId: 'fund-project-withdraw-confirm',
            }),
            () => `已撤回 ${project.number}`,
          )}
        />
      )}
    </>
  );
}
