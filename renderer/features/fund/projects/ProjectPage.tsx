// One welfare project (/fund/projects/:id): the step buttons its state allows, then its parts, each
// showing its section and taking its own steps: 申请, 初审 and 管委会决议, 资助协议 with the instalments,
// 进展报告, 结项, and 操作记录. The header's right-hand side holds the page's other actions.
import { ArrowLeftOutlined } from '@ant-design/icons';
import { Card, Space } from 'antd';
import { useState, type ReactNode } from 'react';
import { Link, useParams } from 'react-router';
import { PageState } from '../../../ui/PageState';
import { FundNav } from '../books/FundNav';
import { ProjectNoticeButton } from '../disclosure/screens';
import { ProjectAgreement } from './ProjectAgreement';
import { ProjectApplication } from './ProjectApplication';
import { ProjectAuditSection } from './ProjectAuditSection';
import { ProjectClosing } from './ProjectClosing';
import { ProjectDecision } from './ProjectDecision';
import type { ProjectDetail } from './ProjectDetail';
import { ProjectReports } from './ProjectReports';
import { ProjectStepButtons } from './steps/ProjectStepButtons';
import type { Step } from './steps/project-steps';
import { useFundProject } from './queries';

export function ProjectPage() {
  const id = Number(useParams().id);
  const project = useFundProject(id);
  if (project.isError) {
    return (
      <>
        <FundNav />
        <PageState
          state="error"
          error={project.error}
          action={<Link to="/fund/projects">返回公益项目</Link>}
        />
      </>
    );
  }
  if (!project.data) return <PageState state="loading" />;
  return (
    <>
      <FundNav />
      <ProjectView
        project={project.data}
        headerActions={<ProjectNoticeButton projectId={project.data.id} />}
      />
    </>
  );
}

function ProjectView({ project, headerActions }: { project: ProjectDetail; headerActions: ReactNode }) {
  const [step, setStep] = useState<Step | null>(null);
  const part = { project, step, onStepEnd: () => setStep(null) };
  return (
    <Card
      title={
        <Space>
          <Link to="/fund/projects" aria-label="返回公益项目">
            <ArrowLeftOutlined />
          </Link>
          <span data-testid="fund-project-heading">
            公益项目 {project.number}：{project.title}
          </span>
        </Space>
      }
      extra={headerActions}
      data-testid="fund-project-page"
    >
      <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
        <ProjectStepButtons project={project} onStep={setStep} />
        <ProjectApplication {...part} />
        <ProjectDecision {...part} />
        <ProjectAgreement {...part} />
        <ProjectReports {...part} />
        <ProjectClosing {...part} />
        <ProjectAuditSection projectId={project.id} />
      </Space>
    </Card>
  );
}
