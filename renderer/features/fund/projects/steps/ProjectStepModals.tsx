// The steps of a welfare project as forms, each checked with its channel's schema and showing the
// backend's refusal on the field it names: 街道初审 (opinion, date), 管委会决议 (approve or refuse: date,
// decision number, approved amount, conditions; the members present are the fund's committee), 进展报告
// (date, progress, money used to date), 撤回 (reason). The page confirms each one before it is sent.
import { Alert, Form, Input, Radio } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { formatYuan } from '../../../../../shared/domain/money';
import { committeeDutyLabels } from '../../../../../shared/features/fund/books/fields';
import {
  projectDecideInput,
  projectReportInput,
  projectReviewInput,
  projectWithdrawInput,
} from '../../../../../shared/features/fund/projects/project-fields';
import { DateField } from '../../../../ui/DateField';
import { fenOfText, textOfFen, yuanRules } from '../../../../ui/forms/yuan-field';
import { useToday } from '../../../../ui/today';
import { useFundSettings } from '../../books/queries';
import { iso, StepFormModal, type StepProps } from './StepFormModal';

/** A step's long text, focused when the form opens, its length counted. */
function StepText({
  name,
  label,
  maxLength,
  testId,
  extra,
}: {
  name: string;
  label: string;
  maxLength: number;
  testId: string;
  extra?: string;
}) {
  return (
    <Form.Item label={label} name={name} required extra={extra}>
      <Input.TextArea
        autoFocus
        autoSize={{ minRows: 3, maxRows: 6 }}
        maxLength={maxLength}
        showCount
        data-testid={testId}
      />
    </Form.Item>
  );
}

/** A step's date, today unless changed; it cannot be cleared. */
function StepDate({ name, label, testId }: { name: string; label: string; testId: string }) {
  return (
    <Form.Item label={label} name={name} required>
      <DateField allowClear={false} aria-label={label} data-testid={testId} />
    </Form.Item>
  );
}

interface ReviewValues {
  opinion: string;
  reviewedOn: Dayjs | null;
}

export function ProjectReviewModal({ project, onSubmit, onCancel }: StepProps<typeof projectReviewInput>) {
  const { today } = useToday();
  return (
    <StepFormModal<typeof projectReviewInput, ReviewValues>
      schema={projectReviewInput}
      toInput={(values) => ({ id: project.id, opinion: values.opinion, reviewedOn: iso(values.reviewedOn) })}
      onSubmit={onSubmit}
      onCancel={onCancel}
      title={`街道初审：${project.number}`}
      initialValues={{ opinion: '', reviewedOn: dayjs(today) }}
      testId="fund-project-review-form"
      submitText="提交初审意见"
    >
      <StepDate name="reviewedOn" label="初审日期" testId="fund-project-reviewed-on" />
      <StepText
        name="opinion"
        label="初审意见"
        maxLength={1000}
        extra="初审后报基金管委会审议"
        testId="fund-project-review-opinion"
      />
    </StepFormModal>
  );
}

interface DecisionValues {
  result: 'approved' | 'rejected' | null;
  decidedOn: Dayjs | null;
  decisionNo: string;
  /** Typed in yuan; sent as fen. */
  approvedFen: string;
  conditions: string;
}

/** The fund's committee as the settings keep it: the decision copies them as the members present. */
function CommitteeMembers() {
  const settings = useFundSettings();
  const committee = settings.data?.settings?.committee ?? [];
  return (
    <Alert
      type="info"
      showIcon
      style={{ marginBottom: 16 }}
      data-testid="fund-project-decision-members"
      title={
        committee.length === 0
          ? '基金设置中尚未登记管委会成员'
          : `出席委员（取自基金设置）：${committee
              .map((member) => `${member.name}（${committeeDutyLabels[member.duty]}）`)
              .join('、')}`
      }
    />
  );
}

/** 批准金额, asked only once the result is 批准资助. */
function ApprovedAmount({ budgetFen }: { budgetFen: number }) {
  const result = Form.useWatch<DecisionValues['result']>('result');
  if (result !== 'approved') return null;
  return (
    <Form.Item
      label="批准金额"
      name="approvedFen"
      rules={yuanRules}
      required
      extra={`申请金额 ${formatYuan(budgetFen)} 元；批准金额不能超过申请金额和限定用途的可用余额`}
    >
      <Input suffix="元" inputMode="decimal" data-testid="fund-project-approved" />
    </Form.Item>
  );
}

export function ProjectDecideModal({ project, onSubmit, onCancel }: StepProps<typeof projectDecideInput>) {
  const { today } = useToday();
  return (
    <StepFormModal<typeof projectDecideInput, DecisionValues>
      schema={projectDecideInput}
      toInput={(values) => ({
        id: project.id,
        result: values.result ?? undefined,
        decidedOn: iso(values.decidedOn),
        decisionNo: values.decisionNo,
        approvedFen: values.result === 'approved' ? fenOfText(values.approvedFen) : null,
        conditions: values.conditions,
      })}
      onSubmit={onSubmit}
      onCancel={onCancel}
      title={`管委会决议：${project.number}`}
      initialValues={{
        result: null,
        decidedOn: dayjs(today),
        decisionNo: '',
        approvedFen: textOfFen(project.budgetFen),
        conditions: '',
      }}
      testId="fund-project-decide-form"
      submitText="登记决议"
      width={640}
    >
      <CommitteeMembers />
      <Form.Item label="决议结果" name="result" required>
        <Radio.Group data-testid="fund-project-decide-result">
          <Radio value="approved" data-testid="fund-project-decide-approve">
            批准资助
          </Radio>
          <Radio value="rejected" data-testid="fund-project-decide-reject">
            不予资助
          </Radio>
        </Radio.Group>
      </Form.Item>
      <Form.Item label="决议文号" name="decisionNo" required>
        <Input
          maxLength={60}
          placeholder="如：微基金管决〔2026〕3号"
          data-testid="fund-project-decision-no"
        />
      </Form.Item>
      <StepDate name="decidedOn" label="决议日期" testId="fund-project-decided-on" />
      <ApprovedAmount budgetFen={project.budgetFen} />
      <Form.Item label="附加条件" name="conditions">
        <Input.TextArea
          autoSize={{ minRows: 1, maxRows: 4 }}
          maxLength={500}
          data-testid="fund-project-conditions"
        />
      </Form.Item>
    </StepFormModal>
  );
}

interface ReportValues {
  reportedOn: Dayjs | null;
  progress: string;
  /** Typed in yuan; sent as fen. */
  usedFen: string;
}

export function ProjectReportModal({ project, onSubmit, onCancel }: StepProps<typeof projectReportInput>) {
  const { today } = useToday();
  return (
    <StepFormModal<typeof projectReportInput, ReportValues>
      schema={projectReportInput}
      toInput={(values) => ({
        id: project.id,
        reportedOn: iso(values.reportedOn),
        progress: values.progress,
        usedFen: fenOfText(values.usedFen),
      })}
      onSubmit={onSubmit}
      onCancel={onCancel}
      title={`进展报告：${project.number}`}
      initialValues={{ reportedOn: dayjs(today), progress: '', usedFen: '' }}
      testId="fund-project-report-form"
      submitText="登记进展报告"
    >
      <StepDate name="reportedOn" label="报告日期" testId="fund-project-reported-on" />
      <StepText name="progress" label="进展情况" maxLength={2000} testId="fund-project-progress" />
      <Form.Item
        label="累计使用资金"
        name="usedFen"
        rules={yuanRules}
        required
        extra={`截至报告日的累计使用额，不能超过已拨付的 ${formatYuan(project.paidFen)} 元`}
      >
        <Input suffix="元" inputMode="decimal" data-testid="fund-project-used" />
      </Form.Item>
    </StepFormModal>
  );
}

export function ProjectWithdrawModal({
  project,
  onSubmit,
  onCancel,
}: StepProps<typeof projectWithdrawInput>) {
  return (
    <StepFormModal<typeof projectWithdrawInput, { reason: string }>
      schema={projectWithdrawInput}
      toInput={(values) => ({ id: project.id, reason: values.reason })}
      onSubmit={onSubmit}
      onCancel={onCancel}
      title={`撤回项目申请：${project.number}`}
      initialValues={{ reason: '' }}
      testId="fund-project-withdraw-form"
      submitText="撤回申请"
    >
      <StepText
        name="reason"
        label="撤回理由"
        maxLength={500}
        extra="撤回后该项目不再办理，编号保留"
        testId="fund-project-withdraw-reason"
      />
    </StepFormModal>
  );
}
