// The steps of a welfare project as forms, each checked with its channel's schema and showing the
// backend's refusal on the field it names: 街道初审 (opinion, date), 管委会决议 (approve or refuse: date,
// decision number, approved amount, conditions; the members present are the fund's committee), 进展报告
// (date, progress, money used to date), 撤回 (reason). The page confirms each one before it is sent.
import { Alert, Form, Input, Radio } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import type { z } from 'zod';
import { formatYuan } from '../../../../shared/domain/money';
import { committeeDutyLabels } from '../../../../shared/features/fund/books/fields';
import {
  projectDecideInput,
  projectReportInput,
  projectReviewInput,
  projectWithdrawInput,
} from '../../../../shared/features/fund/projects/project-fields';
import { DateField } from '../../../ui/DateField';
import { useSchemaForm } from '../../../ui/forms/use-schema-form';
import { fenOfText, textOfFen, yuanRules } from '../../../ui/forms/yuan-field';
import { FormModal } from '../../../ui/FormModal';
import { useToday } from '../../../ui/today';
import { useFundSettings } from '../books/queries';
import type { ProjectDetail } from './ProjectDetail';

export interface StepProps<S extends z.ZodType> {
  project: ProjectDetail;
  onSubmit: (input: z.output<S>) => Promise<unknown>;
  onCancel: () => void;
}

export const iso = (value: Dayjs | null | undefined) => value?.format('YYYY-MM-DD');

interface ReviewValues {
  opinion: string;
  reviewedOn: Dayjs | null;
}

export function ProjectReviewModal({ project, onSubmit, onCancel }: StepProps<typeof projectReviewInput>) {
  const { today } = useToday();
  const { form, submitting, onFinish } = useSchemaForm<typeof projectReviewInput, ReviewValues>({
    schema: projectReviewInput,
    toInput: (values) => ({ id: project.id, opinion: values.opinion, reviewedOn: iso(values.reviewedOn) }),
    submit: onSubmit,
  });
  return (
    <FormModal<ReviewValues>
      title={`街道初审：${project.number}`}
      form={form}
      initialValues={{ opinion: '', reviewedOn: dayjs(today) }}
      submitting={submitting}
      onFinish={(values) => void onFinish(values)}
      onCancel={onCancel}
      testId="fund-project-review-form"
      submitText="提交初审意见"
    >
      <Form.Item label="初审日期" name="reviewedOn" required>
        <DateField allowClear={false} aria-label="初审日期" data-testid="fund-project-reviewed-on" />
      </Form.Item>
      <Form.Item label="初审意见" name="opinion" required extra="初审后报基金管委会审议">
        <Input.TextArea
          autoFocus
          autoSize={{ minRows: 3, maxRows: 6 }}
          maxLength={1000}
          showCount
          data-testid="fund-project-review-opinion"
        />
      </Form.Item>
    </FormModal>
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

export function ProjectDecideModal({ project, onSubmit, onCancel }: StepProps<typeof projectDecideInput>) {
  const { today } = useToday();
  const { form, submitting, onFinish } = useSchemaForm<typeof projectDecideInput, DecisionValues>({
    schema: projectDecideInput,
    toInput: (values) => ({
      id: project.id,
      result: values.result ?? undefined,
      decidedOn: iso(values.decidedOn),
      decisionNo: values.decisionNo,
      approvedFen: values.result === 'approved' ? fenOfText(values.approvedFen) : null,
      conditions: values.conditions,
    }),
    submit: onSubmit,
  });
  const result = Form.useWatch('result', form);
  return (
    <FormModal<DecisionValues>
      title={`管委会决议：${project.number}`}
      form={form}
      initialValues={{
        result: null,
        decidedOn: dayjs(today),
        decisionNo: '',
        approvedFen: textOfFen(project.budgetFen),
        conditions: '',
      }}
      submitting={submitting}
      onFinish={(values) => void onFinish(values)}
      onCancel={onCancel}
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
      <Form.Item label="决议日期" name="decidedOn" required>
        <DateField allowClear={false} aria-label="决议日期" data-testid="fund-project-decided-on" />
      </Form.Item>
      {result === 'approved' && (
        <Form.Item
          label="批准金额"
          name="approvedFen"
          rules={yuanRules}
          required
          extra={`申请金额 ${formatYuan(project.budgetFen)} 元；批准金额不能超过申请金额和限定用途的可用余额`}
        >
          <Input suffix="元" inputMode="decimal" data-testid="fund-project-approved" />
        </Form.Item>
      )}
      <Form.Item label="附加条件" name="conditions">
        <Input.TextArea
          autoSize={{ minRows: 1, maxRows: 4 }}
          maxLength={500}
          data-testid="fund-project-conditions"
        />
      </Form.Item>
    </FormModal>
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
  const { form, submitting, onFinish } = useSchemaForm<typeof projectReportInput, ReportValues>({
    schema: projectReportInput,
    toInput: (values) => ({
      id: project.id,
      reportedOn: iso(values.reportedOn),
      progress: values.progress,
      usedFen: fenOfText(values.usedFen),
    }),
    submit: onSubmit,
  });
  return (
    <FormModal<ReportValues>
      title={`进展报告：${project.number}`}
      form={form}
      initialValues={{ reportedOn: dayjs(today), progress: '', usedFen: '' }}
      submitting={submitting}
      onFinish={(values) => void onFinish(values)}
      onCancel={onCancel}
      testId="fund-project-report-form"
      submitText="登记进展报告"
    >
      <Form.Item label="报告日期" name="reportedOn" required>
        <DateField allowClear={false} aria-label="报告日期" data-testid="fund-project-reported-on" />
      </Form.Item>
      <Form.Item label="进展情况" name="progress" required>
        <Input.TextArea
          autoFocus
          autoSize={{ minRows: 3, maxRows: 6 }}
          maxLength={2000}
          showCount
          data-testid="fund-project-progress"
        />
      </Form.Item>
      <Form.Item
        label="累计使用资金"
        name="usedFen"
        rules={yuanRules}
        required
        extra={`截至报告日的累计使用额，不能超过已拨付的 ${formatYuan(project.paidFen)} 元`}
      >
        <Input suffix="元" inputMode="decimal" data-testid="fund-project-used" />
      </Form.Item>
    </FormModal>
  );
}

interface WithdrawValues {
  reason: string;
}

export function ProjectWithdrawModal({
  project,
  onSubmit,
  onCancel,
}: StepProps<typeof projectWithdrawInput>) {
  const { form, submitting, onFinish } = useSchemaForm<typeof projectWithdrawInput, WithdrawValues>({
    schema: projectWithdrawInput,
    toInput: (values) => ({ id: project.id, reason: values.reason }),
    submit: onSubmit,
  });
  return (
    <FormModal<WithdrawValues>
      title={`撤回项目申请：${project.number}`}
      form={form}
      initialValues={{ reason: '' }}
      submitting={submitting}
      onFinish={(values) => void onFinish(values)}
      onCancel={onCancel}
      testId="fund-project-withdraw-form"
      submitText="撤回申请"
    >
      <Form.Item label="撤回理由" name="reason" required extra="撤回后该项目不再办理，编号保留">
        <Input.TextArea
          autoFocus
          autoSize={{ minRows: 2, maxRows: 5 }}
          maxLength={500}
          showCount
          data-testid="fund-project-withdraw-reason"
        />
      </Form.Item>
    </FormModal>
  );
}
