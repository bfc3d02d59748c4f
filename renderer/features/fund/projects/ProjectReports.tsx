// The reports part of a project's page: 进展报告 so far, and 登记进展报告 (confirmed: a report is not
// changed once recorded).
import { formatYuan } from '../../../../shared/domain/money';
import { useChannelMutation } from '../../../api/mutations';
import { ReportsSection } from './ProjectDetail';
import { ProjectReportModal } from './steps/ProjectStepModals';
import { useConfirmedStep, type SectionProps } from './steps/project-steps';

export function ProjectReports({ project, step, onStepEnd }: SectionProps) {
  const report = useChannelMutation('fund.reportProject');
  const confirmed = useConfirmedStep(onStepEnd);
  return (
    <>
      <ReportsSection project={project} />
      {step === 'report' && (
        <ProjectReportModal
          project={project}
          onCancel={onStepEnd}
          onSubmit={confirmed(
            report.mutateAsync,
            (input) => ({
              title: '登记进展报告？',
              content: `${input.reportedOn} 的进展报告，累计使用 ${formatYuan(input.usedFen)} 元。报告登记后不能修改。`,
              okTestId: 'fund-project-report-confirm',
            }),
            () => '已登记进展报告',
          )}
        />
      )}
    </>
  );
}
