// One welfare project (/fund/projects/:id): its sections (申请, 初审, 管委会决议, 资助协议 with the
// instalments, 进展报告, 结项, 操作记录) and the buttons of the steps its state allows (the detail's
// allowedActions, from the workflow table), each disabled with who may for a role that may not. Every
// step that cannot be undone is confirmed first, in words that say what follows.
import { ArrowLeftOutlined } from '@ant-design/icons';
import { App, Button, Card, Col, Row, Space } from 'antd';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import type { ChannelName } from '../../../../shared/contract/channels';
import { formatYuan } from '../../../../shared/domain/money';
import type { ProjectAction } from '../../../../shared/features/fund/projects/project-workflow';
import { useChannelMutation } from '../../../api/mutations';
import { confirmPosting } from '../../../ui/confirm-posting';
import { PageState } from '../../../ui/PageState';
import { RefusalTip, useRoleRefusal } from '../../../ui/signed-in';
import { useCommunities } from '../../register';
import { FundNav } from '../books/FundNav';
import { AgreementModal } from './AgreementModal';
import { CloseModal } from './CloseModal';
import { InstalmentsSection, type Instalment } from './InstalmentsSection';
import { PayInstalmentModal } from './PayInstalmentModal';
import { ProjectAuditSection } from './ProjectAuditSection';
import {
  ApplicationSection,
  ClosingSection,
  DecisionSection,
  ReportsSection,
  ReviewSection,
  type ProjectDetail,
} from './ProjectDetail';
import { ProjectFormModal } from './ProjectFormModal';
import {
  ProjectDecideModal,
  ProjectReportModal,
  ProjectReviewModal,
  ProjectWithdrawModal,
} from './ProjectStepModals';
import { useFundProject } from './queries';

type Step = 'edit' | 'review' | 'decide' | 'agree' | 'report' | 'close' | 'withdraw';

/** The channel each action calls: its declaration says who may take it. */
const actionChannels = {
  edit: 'fund.updateProject',
  review: 'fund.reviewProject',
  approve: 'fund.decideProject',
  reject: 'fund.decideProject',
  agree: 'fund.agreeProject',
  pay: 'fund.payInstalment',
  report: 'fund.reportProject',
  close: 'fund.closeProject',
  withdraw: 'fund.withdrawProject',
} as const satisfies Record<ProjectAction, ChannelName>;

/** The step buttons in workflow order; 拨付 is on each instalment, approve and reject share 管委会决议. */
const stepButtons: { step: Step; action: ProjectAction; label: string; danger?: boolean }[] = [
  { step: 'edit', action: 'edit', label: '修改申请' },
  { step: 'review', action: 'review', label: '街道初审' },
  { step: 'decide', action: 'approve', label: '管委会决议' },
  { step: 'agree', action: 'agree', label: '签订资助协议' },
  { step: 'report', action: 'report', label: '进展报告' },
  { step: 'close', action: 'close', label: '结项' },
  { step: 'withdraw', action: 'withdraw', label: '撤回', danger: true },
];

interface Question {
  title: string;
  content: string;
  okTestId: string;
}

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
      <ProjectView project={project.data} />
    </>
  );
}

function ProjectView({ project }: { project: ProjectDetail }) {
  const { message, modal } = App.useApp();
  const roleRefusal = useRoleRefusal();
  const [step, setStep] = useState<Step | null>(null);
  const [paying, setPaying] = useState<Instalment | null>(null);
  const communities = useCommunities({ status: 'active' });
  const update = useChannelMutation('fund.updateProject');
  const review = useChannelMutation('fund.reviewProject');
  const decide = useChannelMutation('fund.decideProject');
  const agree = useChannelMutation('fund.agreeProject');
  const pay = useChannelMutation('fund.payInstalment');
  const report = useChannelMutation('fund.reportProject');
  const close = useChannelMutation('fund.closeProject');
  const withdraw = useChannelMutation('fund.withdrawProject');
  const allowed = new Set<ProjectAction>(project.allowedActions);
  const payRefusal = allowed.has('pay') ? (roleRefusal(actionChannels.pay) ?? null) : '该项目当前不能拨付';
  const closeModal = () => setStep(null);

  /** A step that cannot be undone: asked first, then sent; the modal closes and says what was done. */
  const confirmed =
    <I,>(send: (input: I) => Promise<unknown>, ask: (input: I) => Question, done: (input: I) => string) =>
    async (input: I) => {
      const ok = await confirmPosting(modal, { ...ask(input), okText: '确认' });
      if (!ok) return;
      await send(input);
      setStep(null);
      setPaying(null);
      void message.success(done(input));
    };

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
      data-testid="fund-project-page"
    >
      <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
        <Space wrap data-testid="fund-project-actions">
          {stepButtons
            .filter((button) => allowed.has(button.action))
            .map((button) => {
              const refusal = roleRefusal(actionChannels[button.action]);
              return (
                <RefusalTip key={button.step} refusal={refusal}>
                  <Button
                    type={button.danger ? 'default' : 'primary'}
                    danger={button.danger}
                    disabled={refusal !== undefined}
                    onClick={() => setStep(button.step)}
                    data-testid={`fund-project-${button.step}`}
                  >
                    {button.label}
                  </Button>
                </RefusalTip>
              );
            })}
        </Space>
        <ApplicationSection project={project} />
        <Row gutter={16}>
          <Col span={10}>
            <ReviewSection project={project} />
          </Col>
          <Col span={14}>
            <DecisionSection project={project} />
          </Col>
        </Row>
        <InstalmentsSection project={project} payRefusal={payRefusal} onPay={setPaying} />
        <ReportsSection project={project} />
        <ClosingSection project={project} />
        <ProjectAuditSection projectId={project.id} />
      </Space>
      {step === 'edit' && (
        <ProjectFormModal
          editing={project}
          communities={communities.data ?? []}
          onCancel={closeModal}
          onSubmit={async (input) => {
            await update.mutateAsync({ id: project.id, ...input });
            setStep(null);
            void message.success(`已保存对 ${project.number} 的修改`);
          }}
        />
      )}
      {step === 'review' && (
        <ProjectReviewModal
          project={project}
          onCancel={closeModal}
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
          onCancel={closeModal}
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
      {step === 'agree' && (
        <AgreementModal
          project={project}
          onCancel={closeModal}
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
      {step === 'report' && (
        <ProjectReportModal
          project={project}
          onCancel={closeModal}
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
      {step === 'close' && (
        <CloseModal
          project={project}
          onCancel={closeModal}
          onSubmit={confirmed(
            close.mutateAsync,
            (input) => ({
              title: `结项 ${project.number}？`,
              content: `实际使用 ${formatYuan(input.usedFen)} 元，退回 ${formatYuan(
                input.returnedFen,
              )} 元。结项后不能再拨付任何款项，也不能再报告进展。`,
              okTestId: 'fund-project-close-confirm',
            }),
            () => `已结项 ${project.number}`,
          )}
        />
      )}
      {step === 'withdraw' && (
        <ProjectWithdrawModal
          project={project}
          onCancel={closeModal}
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
    </Card>
  );
}
