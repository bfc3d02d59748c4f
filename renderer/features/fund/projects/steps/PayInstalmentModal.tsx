// 拨付 of one instalment: the date and summary of the grant voucher it drafts, the voucher shown before it
// is saved (the donations' grantVoucher, as 资助拨付 shows it), then 保存 (a draft) or 保存并提交审核. The
// amount and the designation are the instalment's and the project's; a refusal lands on its field.
import { Form, Input, Modal, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useRef } from 'react';
import type { z } from 'zod';
import { formatYuan } from '../../../../../shared/domain/money';
import { grantVoucher } from '../../../../../shared/features/fund/donations/contract';
import { payInstalmentInput } from '../../../../../shared/features/fund/projects/project-fields';
import { DateField } from '../../../../ui/DateField';
import { useSchemaForm } from '../../../../ui/forms/use-schema-form';
import { useToday } from '../../../../ui/today';
import { SaveOrSubmitFooter } from '../../donations/SaveOrSubmitFooter';
import { VoucherPreview } from '../../donations/VoucherPreview';
import type { Instalment } from '../InstalmentsSection';
import type { ProjectDetail } from '../ProjectDetail';
import { iso } from './StepFormModal';

interface PayValues {
  date: Dayjs | null;
  summary: string;
}

export type InstalmentPayment = z.output<typeof payInstalmentInput>;

export function PayInstalmentModal({
  project,
  instalment,
  onSubmit,
  onCancel,
}: {
  project: ProjectDetail;
  instalment: Instalment;
  onSubmit: (input: InstalmentPayment) => Promise<unknown>;
  onCancel: () => void;
}) {
  const { today } = useToday();
  // Which footer button sent the form: 保存 keeps a draft, 保存并提交审核 sends it to the 审核人.
  const submitting = useRef(false);
  const schemaForm = useSchemaForm<typeof payInstalmentInput, PayValues>({
    schema: payInstalmentInput,
    toInput: (values) => ({
      instalmentId: instalment.id,
      date: iso(values.date),
      summary: values.summary,
      attachments: 0,
      hostReference: '',
      submit: submitting.current,
    }),
    submit: onSubmit,
  });
  const { form } = schemaForm;
  const summary = Form.useWatch('summary', form) ?? '';
  const defaultSummary = `拨付${project.applicantName}${project.title}第${instalment.seq}期资助款`;
  const preview = grantVoucher({
    providerName: project.applicantName,
    amountFen: instalment.amountFen,
    designationId: project.designationId,
    summary: summary.trim() || defaultSummary,
  });
  const save = (submit: boolean) => {
    submitting.current = submit;
    form.submit();
  };
  return (
    <Modal
      open
      title={`拨付第 ${instalment.seq} 期：${project.number}`}
      width={760}
      maskClosable={false}
      destroyOnHidden
      onCancel={onCancel}
      data-testid="fund-project-pay-modal"
      footer={
        <SaveOrSubmitFooter
          onCancel={onCancel}
          onSave={save}
          pending={schemaForm.submitting}
          testId="fund-project-pay"
        />
      }
    >
      <Typography.Paragraph data-testid="fund-project-pay-amount">
        拨付金额 {formatYuan(instalment.amountFen)} 元，付给 {project.applicantName}，从「
        {project.designationName ?? '非限定性'}」列支。
      </Typography.Paragraph>
      <Form<PayValues>
        form={form}
        layout="vertical"
        aria-label="拨付"
        data-testid="fund-project-pay-form"
        initialValues={{ date: dayjs(today), summary: '' }}
        onFinish={(values) => void schemaForm.onFinish(values)}
        autoComplete="off"
      >
        <Form.Item label="拨付日期" name="date" required>
          <DateField
            allowClear={false}
            style={{ width: 160 }}
            aria-label="拨付日期"
            data-testid="fund-project-pay-date"
          />
        </Form.Item>
        <Form.Item label="摘要" name="summary">
          <Input
            maxLength={100}
            placeholder={defaultSummary}
            aria-label="摘要"
            data-testid="fund-project-pay-summary"
          />
        </Form.Item>
      </Form>
      <VoucherPreview voucher={preview} testId="fund-project-pay-preview" />
    </Modal>
  );
}
