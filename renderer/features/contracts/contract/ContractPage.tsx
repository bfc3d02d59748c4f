// One contract (/contracts/:id): the header with its money, the steps its state and the role allow, and
// the tabs 合同条款, 成本测算, 分期付款, 绩效评价, 付款, 变更记录, 操作日志. 签订 (with the warnings), 终止,
// 删除草稿 and every payment decision are confirmed before they are sent.
import { ArrowLeftOutlined } from '@ant-design/icons';
import { App, Card, Space, Tabs } from 'antd';
import { useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import {
  refusalOfAction,
  scoreText,
  type ContractDetail,
} from '../../../../shared/features/contracts/contract';
import { formatYuan } from '../../../../shared/domain/money';
import { useChannelMutation } from '../../../api/mutations';
import { confirmPosting } from '../../../ui/confirm-posting';
import { PageState } from '../../../ui/PageState';
import { ContractStateTag } from '../contract-format';
import { EvaluationFormModal } from '../evaluation/EvaluationFormModal';
import { EvaluationTable } from '../evaluation/EvaluationTable';
import { PaymentRequestModal } from '../payments/PaymentRequestModal';
import { PaymentsSection } from '../payments/PaymentsSection';
import { useContract, useContractSettings } from '../queries';
import { ContractActions, type ContractStep } from './ContractActions';
import { ContractAuditSection } from './ContractAuditSection';
import { ContractHeader, contractWarnings } from './ContractHeader';
import { ContractNoticeDialog } from './ContractNoticeDialog';
import { DateStepModal, dateSteps, TerminateModal } from './ContractStepModals';
import { CostSheetTable, TermsDescriptions, VersionsTimeline } from './ContractTermsView';
import { InstalmentTable } from './InstalmentTable';

type Open = ContractStep | { pay: number } | null;

function ContractTabs({ contract, onPay }: { contract: ContractDetail; onPay: (seq: number) => void }) {
  const payRefusal = refusalOfAction(contract.state, 'pay');
  return (
    <Tabs
      data-testid="contract-tabs"
      items={[
        { key: 'terms', label: '合同条款', children: <TermsDescriptions terms={contract.terms} /> },
        { key: 'cost', label: '成本测算', children: <CostSheetTable terms={contract.terms} /> },
        {
          key: 'instalments',
          label: '分期付款',
          children: (
            <InstalmentTable instalments={contract.instalments} payRefusal={payRefusal} onRequest={onPay} />
          ),
        },
        {
          key: 'evaluations',
          label: `绩效评价（${contract.evaluations.length}）`,
          children: <EvaluationTable evaluations={contract.evaluations} instalments={contract.instalments} />,
        },
        {
          key: 'payments',
          label: `付款（${contract.payments.length}）`,
          children: <PaymentsSection payments={contract.payments} instalments={contract.instalments} />,
        },
        { key: 'versions', label: '变更记录', children: <VersionsTimeline versions={contract.versions} /> },
        {
          key: 'audit',
          label: '操作日志',
          children: <ContractAuditSection contractId={contract.id} />,
        },
      ]}
    />
  );
}

export function ContractPage() {
  const id = Number(useParams().id);
  const navigate = useNavigate();
  const { message, modal } = App.useApp();
  const contract = useContract(id);
  const settings = useContractSettings();
  const discard = useChannelMutation('contracts.discard');
  const sign = useChannelMutation('contracts.sign');
  const start = useChannelMutation('contracts.start');
  const complete = useChannelMutation('contracts.complete');
  const terminate = useChannelMutation('contracts.terminate');
  const evaluate = useChannelMutation('contracts.evaluate');
  const requestPayment = useChannelMutation('contracts.requestPayment');
  const [open, setOpen] = useState<Open>(null);
  const back = <Link to="/contracts">返回合同列表</Link>;

  if (contract.isError) return <PageState state="error" error={contract.error} action={back} />;
  if (!contract.data) return <PageState state="loading" />;
  const data = contract.data;
  const done = (text: string) => {
    setOpen(null);
    void message.success(text);
  };
  const onStep = async (step: ContractStep) => {
    if (step === 'edit' || step === 'amend') return void navigate(`/contracts/${id}/${step}`);
    if (step !== 'discard') return setOpen(step);
    const confirmed = await confirmPosting(modal, {
      title: '删除该合同草稿？',
      content: `「${data.terms.title}」将被删除，不能恢复。`,
      okText: '删除草稿',
      okTestId: 'contract-discard-ok',
    });
    if (!confirmed) return;
    await discard.mutateAsync({ id });
    void message.success('已删除合同草稿');
    void navigate('/contracts');
  };
  const warnings = contractWarnings(data);

  return (
    <Card
      title={
        <Space>
          <Link to="/contracts" aria-label="返回合同列表">
            <ArrowLeftOutlined />
          </Link>
          <span data-testid="contract-number">{data.contractNo ?? '合同草稿'}</span>
          {data.terms.title}
          <ContractStateTag state={data.state} />
        </Space>
      }
      data-testid="contract-page"
    >
      <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
        <ContractActions contract={data} onStep={(step) => void onStep(step)} />
        <ContractHeader contract={data} />
        <ContractTabs contract={data} onPay={(seq) => setOpen({ pay: seq })} />
      </Space>
      {open === 'sign' && (
        <DateStepModal
          step={dateSteps.sign}
          contractId={id}
          onCancel={() => setOpen(null)}
          onSubmit={async (input) => {
            const confirmed = await confirmPosting(modal, {
              title: `签订合同「${data.terms.title}」？`,
              content: (
                <div data-testid="contract-sign-warnings">
                  <p>
                    {input.signedDate} 签订，价款 {formatYuan(data.terms.priceFen)}{' '}
                    元。签订后取得合同编号，条款只能通过变更修改。
                  </p>
                  {warnings.length > 0 && <p>请注意：{warnings.join('；')}</p>}
                </div>
              ),
              okText: '确认签订',
              okTestId: 'contract-sign-ok',
            });
            if (!confirmed) return;
            const signed = await sign.mutateAsync(input);
            done(`已签订合同 ${signed.contractNo ?? ''}`);
          }}
        />
      )}
      {(open === 'start' || open === 'complete') && (
        <DateStepModal
          step={dateSteps[open]}
          contractId={id}
          onCancel={() => setOpen(null)}
          onSubmit={async (input) => {
            if (open === 'start') await start.mutateAsync(input);
            else await complete.mutateAsync(input);
            done(open === 'start' ? '合同已开始履行' : '合同已验收完成');
          }}
        />
      )}
      {open === 'terminate' && (
        <TerminateModal
          contractId={id}
          paidFen={data.totals.paidFen}
          onCancel={() => setOpen(null)}
          onSubmit={async (input) => {
            const confirmed = await confirmPosting(modal, {
              title: `终止合同 ${data.contractNo ?? ''}？`,
              content: `${input.date} 终止，最终结算 ${formatYuan(input.settlementFen)} 元（已付 ${formatYuan(data.totals.paidFen)} 元）。终止后不能恢复，付款不能超出结算金额。`,
              okText: '确认终止',
              okTestId: 'contract-terminate-ok',
            });
            if (!confirmed) return;
            await terminate.mutateAsync(input);
            done('合同已终止');
          }}
        />
      )}
      {open === 'evaluate' && settings.data && (
        <EvaluationFormModal
          contractId={id}
          settings={settings.data}
          instalments={data.instalments}
          onCancel={() => setOpen(null)}
          onSubmit={async (input) => {
            const evaluation = await evaluate.mutateAsync(input);
            done(`已录入评价：${scoreText(evaluation.totalTenths)}`);
          }}
        />
      )}
      {open === 'notice' && data.contractNo !== null && (
        <ContractNoticeDialog contractId={id} contractNo={data.contractNo} onClose={() => setOpen(null)} />
      )}
      {typeof open === 'object' && open !== null && (
        <PaymentRequestModal
          contractId={id}
          instalments={data.instalments}
          instalmentSeq={open.pay}
          onCancel={() => setOpen(null)}
          onSubmit={async (input) => {
            await requestPayment.mutateAsync(input);
            done('已提交付款申请，待审核人审核');
          }}
        />
      )}
    </Card>
  );
}
