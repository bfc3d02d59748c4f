// One work-access request (/access/:id): every field, the steps so far, and the buttons its state allows
// (街道审核, 区领导小组决定, 撤销准入 — from the workflow table; 修改 and 撤回 while it awaits the review),
// each step confirmed before it is sent; 打印审批表
// (in the desktop app to the printer, with 保存为PDF beside it; in browser mode a download).
import { ArrowLeftOutlined, FilePdfOutlined, PrinterOutlined } from '@ant-design/icons';
import { App, Button, Card, Col, Row, Space, Tooltip } from 'antd';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { nextState, type AccessAction } from '../../../shared/features/access/access-workflow';
import { useFileOutput } from '../../api/files';
import { canPrint, usePrint } from '../../api/printing';
import { useAccessRequest } from './queries';
import { useChannelMutation } from '../../api/mutations';
import { useCommunities } from '../register';
import { AccessDescriptions, AccessSteps } from './AccessDetail';
import { AccessFormModal } from './AccessFormModal';
import {
  AccessDecideModal,
  AccessReviewModal,
  AccessRevokeModal,
  AccessWithdrawModal,
} from './AccessStepModals';
import { confirmPosting } from '../../ui/confirm-posting';
import { PageState } from '../../ui/PageState';
import { RefusalTip, useRoleRefusal } from '../../ui/signed-in';
import type { ChannelName } from '../../../shared/contract/channels';

type Step = 'review' | 'decide' | 'revoke' | 'edit' | 'withdraw';

/** The confirmation of an irreversible step. */
interface Question {
  title: string;
  content: string;
  okTestId: string;
}

/** The channel each step calls: its declaration says who may take the step. */
const stepChannels = {
  review: 'access.review',
  approve: 'access.decide',
  reject: 'access.decide',
  revoke: 'access.revoke',
  edit: 'access.update',
  withdraw: 'access.withdraw',
} as const satisfies Record<AccessAction, ChannelName>;

const verdictOf = (decision: { approved: boolean }) => (decision.approved ? '准予准入' : '不予准入');

export function AccessDetailPage() {
  const id = Number(useParams().id);
  const { message, modal } = App.useApp();
  const request = useAccessRequest(id);
  const review = useChannelMutation('access.review');
  const decide = useChannelMutation('access.decide');
  const revoke = useChannelMutation('access.revoke');
  const update = useChannelMutation('access.update');
  const withdraw = useChannelMutation('access.withdraw');
  const activeCommunities = useCommunities({ status: 'active' });
  const saveForm = useFileOutput('access.form');
  const printForm = usePrint('access.form');
  const [step, setStep] = useState<Step | null>(null);
  const roleRefusal = useRoleRefusal();

  if (request.isError) {
    return <PageState state="error" error={request.error} action={<Link to="/access">返回准入申请</Link>} />;
  }
  if (!request.data) return <PageState state="loading" />;
  const data = request.data;
  // The workflow's reason first (nothing to review yet), then the role's (须由审核人办理).
  const refusal = (action: AccessAction) => {
    const next = nextState(data.status, action);
    return next.ok ? (roleRefusal(stepChannels[action]) ?? null) : next.reason;
  };
  const decideRefusal = refusal('approve');
  // Offered only while they can succeed: before the review.
  const correctable = refusal('edit') === null;
  const button = (key: Step, action: AccessAction, label: string, reason: string | null, danger = false) => (
    <Tooltip title={reason}>
      <Button
        danger={danger}
        type={danger ? 'default' : 'primary'}
        disabled={reason !== null}
        onClick={() => setStep(key)}
        data-testid={`access-${key}`}
      >
        {label}
      </Button>
    </Tooltip>
  );
  /** A step that cannot be undone: asked first, then sent; the modal closes and says what was done. */
  const confirmedStep =
    <I,>(send: (input: I) => Promise<unknown>, ask: (input: I) => Question, done: (input: I) => string) =>
    async (input: I) => {
      const question = ask(input);
      const confirmed = await confirmPosting(modal, { ...question, okText: '确认' });
      if (!confirmed) return;
      await send(input);
      setStep(null);
      void message.success(done(input));
    };

  return (
    <Card
      title={
        <Space>
          <Link to="/access" aria-label="返回准入申请">
            <ArrowLeftOutlined />
          </Link>
          准入申请 {data.requestNo}：{data.title}
        </Space>
      }
      extra={<FormOutputButtons id={id} save={saveForm} print={printForm} />}
    >
      <Space orientation="vertical" size="large" style={{ width: '100%' }}>
        <Space wrap data-testid="access-actions">
          {correctable && (
            <RefusalTip refusal={roleRefusal('access.update')}>
              <Space>
                <Button
                  onClick={() => setStep('edit')}
                  disabled={roleRefusal('access.update') !== undefined}
                  data-testid="access-edit"
                >
                  修改
                </Button>
                <Button
                  danger
                  onClick={() => setStep('withdraw')}
                  disabled={roleRefusal('access.withdraw') !== undefined}
                  data-testid="access-withdraw"
                >
                  撤回
                </Button>
              </Space>
            </RefusalTip>
          )}
          {button('review', 'review', '街道审核', refusal('review'))}
          {button('decide', 'approve', '区领导小组决定', decideRefusal)}
          {button('revoke', 'revoke', '撤销准入', refusal('revoke'), true)}
        </Space>
        <Row gutter={24}>
          <Col xs={24} lg={16}>
            <AccessDescriptions request={data} />
          </Col>
          <Col xs={24} lg={8}>
            <Card size="small" title="办理过程">
              <AccessSteps request={data} />
            </Card>
          </Col>
        </Row>
      </Space>
      {step === 'edit' && (
        <AccessFormModal
          editing={data}
          communities={withRequestCommunities(activeCommunities.data ?? [], data.communities)}
          onCancel={() => setStep(null)}
          onSubmit={async (input) => {
            await update.mutateAsync({ id, ...input });
            setStep(null);
            void message.success(`已保存对 ${data.requestNo} 的修改`);
          }}
        />
      )}
      {step === 'withdraw' && (
        <AccessWithdrawModal
          requestId={id}
          requestNo={data.requestNo}
          onCancel={() => setStep(null)}
          onSubmit={confirmedStep(
            withdraw.mutateAsync,
            () => ({
              title: '撤回该准入申请？',
              content:
                '撤回后该申请不再审核和决定，也不能恢复；编号保留在登记簿中。如需再办，请提交新的申请。',
              okTestId: 'access-withdraw-confirm',
            }),
            () => `已撤回准入申请 ${data.requestNo}`,
          )}
        />
      )}
      {step === 'review' && (
        <AccessReviewModal
          requestId={id}
          requestNo={data.requestNo}
          onCancel={() => setStep(null)}
          onSubmit={confirmedStep(
            review.mutateAsync,
            () => ({
              title: '提交街道审核意见？',
              content: '审核意见提交后不能修改，申请将报区领导小组决定。',
              okTestId: 'access-review-confirm',
            }),
            () => '已提交审核意见',
          )}
        />
      )}
      {step === 'decide' && (
        <AccessDecideModal
          requestId={id}
          requestNo={data.requestNo}
          onCancel={() => setStep(null)}
          onSubmit={confirmedStep(
            decide.mutateAsync,
            (input) => ({
              title: `登记区领导小组决定：${verdictOf(input)}？`,
              content: `决定文号 ${input.decisionNo}，${input.decisionDate}。决定登记后不能更改。`,
              okTestId: 'access-decide-confirm',
            }),
            (input) => `已登记决定：${verdictOf(input)}`,
          )}
        />
      )}
      {step === 'revoke' && (
        <AccessRevokeModal
          requestId={id}
          requestNo={data.requestNo}
          onCancel={() => setStep(null)}
          onSubmit={confirmedStep(
            revoke.mutateAsync,
            (input) => ({
              title: '撤销该事项的准入？',
              content: `自 ${input.date} 起撤销，该事项将移出准入目录；撤销后不能恢复。`,
              okTestId: 'access-revoke-confirm',
            }),
            () => '已撤销准入',
          )}
        />
      )}
    </Card>
  );
}

/** The communities a correction may choose: the active ones, and those already on the request. */
function withRequestCommunities(
  active: { id: number; name: string }[],
  onRequest: { id: number; name: string }[],
): { id: number; name: string }[] {
  const ids = new Set(active.map((community) => community.id));
  return [...active, ...onRequest.filter((community) => !ids.has(community.id))];
}

interface FormOutputButtonsProps {
  id: number;
  save: ReturnType<typeof useFileOutput<'access.form'>>;
  print: ReturnType<typeof usePrint<'access.form'>>;
}

/** 打印审批表: the printer in the desktop app (保存为PDF beside it), a download in browser mode. */
function FormOutputButtons({ id, save, print }: FormOutputButtonsProps) {
  if (!canPrint()) {
    return (
      <Button
        icon={<PrinterOutlined />}
        loading={save.isPending}
        onClick={() => save.mutate({ id })}
        data-testid="access-print-form"
      >
        打印审批表
      </Button>
    );
  }
  const busy = save.isPending || print.isPending;
  return (
    <Space.Compact>
      <Button
        icon={<PrinterOutlined />}
        loading={print.isPending}
        disabled={busy && !print.isPending}
        onClick={() => print.mutate({ id })}
        data-testid="access-print-form"
      >
        {print.isPending ? '正在打印…' : '打印审批表'}
      </Button>
      <Button
        icon={<FilePdfOutlined />}
        loading={save.isPending}
        disabled={busy && !save.isPending}
        onClick={() => save.mutate({ id })}
        data-testid="access-save-form"
      >
        保存为PDF
      </Button>
    </Space.Compact>
  );
}
