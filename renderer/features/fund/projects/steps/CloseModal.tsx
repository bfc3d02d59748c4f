// 结项: the closing date, money used and what the applicant returned (together what was paid), where the
// leftover of the approved amount goes (back to its designation, or re-designated by a 管委会 decision to
// another designation), and the closing report. After it nothing more is paid.
import { Form, Input, Radio, Select, Space, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { formatYuan } from '../../../../../shared/domain/money';
import { projectCloseInput } from '../../../../../shared/features/fund/projects/project-fields';
import { DateField } from '../../../../ui/DateField';
import { fenOfText, textOfFen, yuanRules } from '../../../../ui/forms/yuan-field';
import { useToday } from '../../../../ui/today';
import { useFundDesignations } from '../../books/queries';
import type { ProjectDetail } from '../ProjectDetail';
import { iso, StepFormModal, type StepProps } from './StepFormModal';

type Disposition = 'return_to_designation' | 'redesignate';

interface CloseValues {
  closedOn: Dayjs | null;
  /** Typed in yuan; sent as fen. */
  usedFen: string;
  returnedFen: string;
  disposition: Disposition;
  decisionNo: string;
  decidedOn: Dayjs | null;
  targetDesignationId?: number;
  report: string;
}

/** An amount of the closing typed in yuan, under the contract's name so a refusal lands on it. */
function ClosingAmount({
  name,
  label,
  required,
}: {
  name: 'usedFen' | 'returnedFen';
  label: string;
  required?: boolean;
}) {
  const testId = name === 'usedFen' ? 'fund-project-close-used' : 'fund-project-close-returned';
  return (
    <Form.Item label={label} name={name} rules={yuanRules} required={required}>
      <Input suffix="元" inputMode="decimal" style={{ width: 160 }} data-testid={testId} />
    </Form.Item>
  );
}

/** Where the leftover goes; a re-designation asks for the 管委会's decision and the new designation. */
function DispositionFields({ project }: { project: ProjectDetail }) {
  const designations = useFundDesignations();
  const disposition = Form.useWatch<Disposition>('disposition');
  const used = fenOfText(Form.useWatch<string>('usedFen'));
  const leftover = project.approvedFen !== null && used !== undefined ? project.approvedFen - used : null;
  // Only restricted money still under its restriction can be re-designated (the backend refuses the rest).
  const own = designations.data?.find((d) => d.id === project.designationId);
  const redesignable = project.designationId !== null && own !== undefined && !own.lifted;
  return (
    <>
      <Form.Item
        label="结余处理"
        name="disposition"
        required
        extra={leftover === null ? undefined : `结余（批准金额减实际使用）${formatYuan(leftover)} 元`}
      >
        <Radio.Group data-testid="fund-project-disposition">
          <Radio value="return_to_designation" data-testid="fund-project-disposition-return">
            退回原限定用途
          </Radio>
          <Radio
            value="redesignate"
            disabled={!redesignable}
            data-testid="fund-project-disposition-redesignate"
          >
            经管委会决议改变用途
            {!redesignable && (
              <Typography.Text type="secondary">（非限定资金或已解除限制，不能改变用途）</Typography.Text>
            )}
          </Radio>
        </Radio.Group>
      </Form.Item>
      {disposition === 'redesignate' && (
        <Space align="start" size="middle" wrap>
          <Form.Item label="管委会决议文号" name="decisionNo" required>
            <Input maxLength={60} style={{ width: 220 }} data-testid="fund-project-redesignation-no" />
          </Form.Item>
          <Form.Item label="决议日期" name="decidedOn" required>
            <DateField allowClear={false} style={{ width: 150 }} aria-label="决议日期" />
          </Form.Item>
          <Form.Item label="改用于" name="targetDesignationId" required>
            <Select<number>
              style={{ width: 220 }}
              showSearch={{ optionFilterProp: 'label' }}
              aria-label="改用于"
              options={(designations.data ?? [])
                .filter((d) => !d.lifted && d.id !== project.designationId)
                .map((d) => ({ value: d.id, label: d.name }))}
              data-testid="fund-project-redesignation-target"
            />
          </Form.Item>
        </Space>
      )}
    </>
  );
}

export function CloseModal({ project, onSubmit, onCancel }: StepProps<typeof projectCloseInput>) {
  const { today } = useToday();
  return (
    <StepFormModal<typeof projectCloseInput, CloseValues>
      schema={projectCloseInput}
      toInput={(values) => ({
        id: project.id,
        closedOn: iso(values.closedOn),
        usedFen: fenOfText(values.usedFen),
        returnedFen: fenOfText(values.returnedFen) ?? 0,
        disposition: values.disposition,
        redesignation:
          values.disposition === 'redesignate'
            ? {
                decisionNo: values.decisionNo,
                decidedOn: iso(values.decidedOn),
                targetDesignationId: values.targetDesignationId,
              }
            : null,
        report: values.report,
      })}
      onSubmit={onSubmit}
      onCancel={onCancel}
      title={`结项：${project.number}`}
      initialValues={{
        closedOn: dayjs(today),
        usedFen: textOfFen(project.paidFen),
        returnedFen: '0.00',
        disposition: 'return_to_designation',
        decisionNo: '',
        decidedOn: dayjs(today),
        report: '',
      }}
      testId="fund-project-close-form"
      submitText="结项"
      width={680}
    >
      <Typography.Paragraph type="secondary">
        批准 {formatYuan(project.approvedFen ?? 0)} 元，已拨付 {formatYuan(project.paidFen)}{' '}
        元；实际使用与退回之和须等于已拨付。有退回或改变用途时，结项生成一张结项凭证，
        由另一位审核人审核记账后计入账簿。
      </Typography.Paragraph>
      <Space align="start" size="middle">
        <Form.Item label="结项日期" name="closedOn" required>
          <DateField
            allowClear={false}
            style={{ width: 160 }}
            aria-label="结项日期"
            data-testid="fund-project-closed-on"
          />
        </Form.Item>
        <ClosingAmount name="usedFen" label="实际使用" required />
        <ClosingAmount name="returnedFen" label="退回资金" />
      </Space>
      <DispositionFields project={project} />
      <Form.Item label="结项报告" name="report" required>
        <Input.TextArea
          autoSize={{ minRows: 3, maxRows: 6 }}
          maxLength={2000}
          showCount
          data-testid="fund-project-close-report"
        />
      </Form.Item>
    </StepFormModal>
  );
}
