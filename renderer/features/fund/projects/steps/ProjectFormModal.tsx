// 新增项目申请 (and 修改申请 while it is 申请中): the community, the applicant (a provider of the contracts
// feature, or a resident self-organisation named in text), title, purpose, beneficiaries, period, the
// designation it would draw on, and the budget with its lines, checked with the contract's schema.
import { Col, Form, Input, Radio, Row, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import type { z } from 'zod';
import { formatYuan } from '../../../../../shared/domain/money';
import { projectApplyInput } from '../../../../../shared/features/fund/projects/project-fields';
import { useSchemaForm } from '../../../../ui/forms/use-schema-form';
import { fenOfText, textOfFen, yuanRules } from '../../../../ui/forms/yuan-field';
import { DateField } from '../../../../ui/DateField';
import { FormModal } from '../../../../ui/FormModal';
import { useToday } from '../../../../ui/today';
import { useFundDesignations } from '../../books/queries';
import { BudgetLinesEditor, emptyBudgetLine, type BudgetLineValues } from './BudgetLinesEditor';
import type { ProjectDetail } from '../ProjectDetail';
import { useActiveProviders } from '../queries';

type ApplicantKind = 'provider' | 'resident_group';

interface ProjectFormValues {
  communityId?: number;
  applicantKind: ApplicantKind;
  providerId?: number;
  applicantName: string;
  applicantContact: string;
  applicantPhone: string;
  title: string;
  purpose: string;
  beneficiaries: string;
  periodStart: Dayjs | null;
  periodEnd: Dayjs | null;
  designationId?: number;
  appliedOn: Dayjs | null;
  /** Typed in yuan; sent as fen. */
  budgetFen: string;
  budgetLines: BudgetLineValues[];
}

export type ProjectApplication = z.output<typeof projectApplyInput>;

export interface ProjectFormModalProps {
  communities: { id: number; name: string }[];
  /** The application being corrected (申请中); a new one when absent. */
  editing?: ProjectDetail;
  onSubmit: (input: ProjectApplication) => Promise<unknown>;
  onCancel: () => void;
}

const iso = (value: Dayjs | null) => value?.format('YYYY-MM-DD');

function valuesOf(project: ProjectDetail): ProjectFormValues {
  return {
    communityId: project.communityId,
    applicantKind: project.applicantKind,
    providerId: project.providerId ?? undefined,
    applicantName: project.applicantKind === 'resident_group' ? project.applicantName : '',
    applicantContact: project.applicantContact,
    applicantPhone: project.applicantPhone,
    title: project.title,
    purpose: project.purpose,
    beneficiaries: project.beneficiaries,
    periodStart: dayjs(project.periodStart),
    periodEnd: dayjs(project.periodEnd),
    designationId: project.designationId ?? undefined,
    appliedOn: dayjs(project.appliedOn),
    budgetFen: textOfFen(project.budgetFen),
    budgetLines: project.budgetLines.map((line) => ({
      item: line.item,
      amountFen: textOfFen(line.amountFen),
      note: line.note,
    })),
  };
}

function toInput(values: ProjectFormValues): unknown {
  const provider = values.applicantKind === 'provider';
  return {
    communityId: values.communityId,
    applicantKind: values.applicantKind,
    providerId: provider ? values.providerId : null,
    applicantName: provider ? '' : values.applicantName,
    applicantContact: values.applicantContact,
    applicantPhone: values.applicantPhone,
    title: values.title,
    purpose: values.purpose,
    beneficiaries: values.beneficiaries,
    periodStart: iso(values.periodStart),
    periodEnd: iso(values.periodEnd),
    designationId: values.designationId,
    appliedOn: iso(values.appliedOn),
    budgetFen: fenOfText(values.budgetFen),
    budgetLines: (values.budgetLines ?? []).map((line) => ({
      item: line?.item ?? '',
      amountFen: fenOfText(line?.amountFen),
      note: line?.note ?? '',
    })),
  };
}

export function ProjectFormModal({ communities, editing, onSubmit, onCancel }: ProjectFormModalProps) {
  const { today } = useToday();
  const providers = useActiveProviders(true);
  const designations = useFundDesignations();
  const { form, submitting, onFinish } = useSchemaForm<typeof projectApplyInput, ProjectFormValues>({
    schema: projectApplyInput,
    toInput,
    submit: onSubmit,
  });
  const kind = Form.useWatch('applicantKind', form);
  const budgetText = Form.useWatch('budgetFen', form);
  const initialValues: ProjectFormValues = editing
    ? valuesOf(editing)
    : {
        applicantKind: 'provider',
        applicantName: '',
        applicantContact: '',
        applicantPhone: '',
        title: '',
        purpose: '',
        beneficiaries: '',
        periodStart: null,
        periodEnd: null,
        appliedOn: dayjs(today),
        budgetFen: '',
        budgetLines: [emptyBudgetLine],
      };
  return (
    <FormModal<ProjectFormValues>
      title={editing ? `修改项目申请 ${editing.number}` : '新增项目申请'}
      form={form}
      initialValues={initialValues}
      submitting={submitting}
      onFinish={(values) => void onFinish(values)}
      onCancel={onCancel}
      testId="fund-project-form"
      submitText={editing ? '保存修改' : '登记申请'}
      width={840}
    >
      <Row gutter={16}>
        <Col span={8}>
          <Form.Item label="申请社区" name="communityId" required>
            <Select<number>
              showSearch={{ optionFilterProp: 'label' }}
              aria-label="申请社区"
              options={communities.map((c) => ({ value: c.id, label: c.name }))}
              data-testid="fund-project-community"
            />
          </Form.Item>
        </Col>
        <Col span={8}>
          <Form.Item label="申请方类型" name="applicantKind" required>
            <Radio.Group data-testid="fund-project-applicant-kind">
              <Radio value="provider" data-testid="fund-project-kind-provider">
                承接主体
              </Radio>
              <Radio value="resident_group" data-testid="fund-project-kind-resident">
                居民自组织
              </Radio>
            </Radio.Group>
          </Form.Item>
        </Col>
        <Col span={8}>
          {kind === 'resident_group' ? (
            <Form.Item label="居民自组织名称" name="applicantName" required>
              <Input maxLength={100} data-testid="fund-project-applicant-name" />
            </Form.Item>
          ) : (
            <Form.Item label="承接主体" name="providerId" required>
              <Select<number>
                showSearch={{ optionFilterProp: 'label' }}
                aria-label="承接主体"
                loading={providers.isLoading}
                options={(providers.data ?? []).map((p) => ({ value: p.id, label: p.name }))}
                data-testid="fund-project-provider"
              />
            </Form.Item>
          )}
        </Col>
      </Row>
      <Row gutter={16}>
        <Col span={8}>
          <Form.Item label="联系人" name="applicantContact">
            <Input maxLength={50} data-testid="fund-project-contact" />
          </Form.Item>
        </Col>
        <Col span={8}>
          <Form.Item label="联系电话" name="applicantPhone">
            <Input maxLength={30} data-testid="fund-project-phone" />
          </Form.Item>
        </Col>
        <Col span={8}>
          <Form.Item label="申请日期" name="appliedOn" required>
            <DateField allowClear={false} aria-label="申请日期" data-testid="fund-project-applied-on" />
          </Form.Item>
        </Col>
      </Row>
      <Form.Item label="项目名称" name="title" required>
        <Input maxLength={100} data-testid="fund-project-title" />
      </Form.Item>
      <Form.Item label="项目目的" name="purpose" required>
        <Input.TextArea
          autoSize={{ minRows: 2, maxRows: 4 }}
          maxLength={1000}
          data-testid="fund-project-purpose"
        />
      </Form.Item>
      <Form.Item label="受益对象" name="beneficiaries" required>
        <Input maxLength={300} data-testid="fund-project-beneficiaries" />
      </Form.Item>
      <Row gutter={16}>
        <Col span={6}>
          <Form.Item label="实施开始" name="periodStart" required>
            <DateField aria-label="实施开始" data-testid="fund-project-period-start" />
          </Form.Item>
        </Col>
        <Col span={6}>
          <Form.Item label="实施结束" name="periodEnd" required>
            <DateField aria-label="实施结束" data-testid="fund-project-period-end" />
          </Form.Item>
        </Col>
        <Col span={12}>
          <Form.Item label="拟使用的限定用途" name="designationId" required>
            <Select<number>
              showSearch={{ optionFilterProp: 'label' }}
              aria-label="拟使用的限定用途"
              options={(designations.data ?? [])
                .filter((d) => !d.lifted)
                .map((d) => ({ value: d.id, label: d.name, title: d.name }))}
              optionRender={(option) => {
                const designation = designations.data?.find((d) => d.id === option.value);
                return designation
                  ? `${designation.name}（可用 ${formatYuan(designation.availableFen)} 元）`
                  : option.label;
              }}
              data-testid="fund-project-designation"
            />
          </Form.Item>
        </Col>
      </Row>
      <Form.Item
        label="申请金额"
        name="budgetFen"
        rules={yuanRules}
        required
        extra="预算明细之和须等于申请金额"
      >
        <Input suffix="元" inputMode="decimal" style={{ width: 200 }} data-testid="fund-project-budget" />
      </Form.Item>
      <BudgetLinesEditor budgetText={budgetText} />
    </FormModal>
  );
}
