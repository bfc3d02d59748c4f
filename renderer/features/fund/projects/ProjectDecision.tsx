// The decision part of a project's page: 街道初审 and 管委会决议, and their steps, each confirmed:
// the review (after it the application can no longer change) and the committee's decision (an approval
// commits the amount against the designation; a refusal ends the project).
import { Space } from 'antd';
import { formatYuan } from '../../../../shared/domain/money';
import { useChannelMutation } from '../../../api/mutations';
import { DecisionSection, ReviewSection } from './ProjectDetail';
import { ProjectDecideModal, ProjectReviewModal } from './steps/ProjectStepModals';
import { useConfirmedStep, type SectionProps } from './steps/project-steps';

export function ProjectDecision({ project, step, onStepEnd }: SectionProps) {
  const review = useChannelMutation('fund.reviewProject');
  const decide = useChannelMutation('fund.decideProject');
  const confirmed = useConfirmedStep(onStepEnd);
  return (
    <>
      {/* Each the page's full width: side by side at 1366 their dates and amounts broke over lines. */}
      <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
        <ReviewSection project={project} />
        <DecisionSection project={project} />
      </Space>
      {step === 'review' && (
        <ProjectReviewModal
          project={project}
          onCancel={onStepEnd}
          onSubmit={confirmed(
            review.mutateAsync,
            () => ({
              title: '提交街道初审意见？',
              content: '初审意见提交后不能修改，申请内容也不能再修改；项目将报基金管委会审议。',
              okTestId: 'fund-project-review-confirm',
            }),
            () => '已提交初审意见',
          )}
        />
      )}
      {step === 'decide' && (
        <ProjectDecideModal
          project={project}
          onCancel={onStepEnd}
          onSubmit={confirmed(
            decide.mutateAsync,
            (input) => ({
              title:
                input.result === 'approved'
                  ? `登记管委会决议：批准资助 ${formatYuan(input.approvedFen ?? 0)} 元？`
                  : '登记管委会决议：不予资助？',
              content: `决议文号 ${input.decisionNo}，${input.decidedOn}。决议登记后不能更改${
                input.result === 'approved' ? '，批准金额将占用限定用途的可用余额' : '，项目就此结束'
              }。`,
              okTestId: 'fund-project-decide-confirm',
            }),
            (input) =>
              input.result === 'approved' ? '已登记管委会决议：批准资助' : '已登记管委会决议：不予资助',
          )}
        />
      )}
    </>
  );
}
