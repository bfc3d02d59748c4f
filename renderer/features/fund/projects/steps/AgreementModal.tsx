// 签订资助协议: the agreement's number, date and terms, and its instalments (planned date, amount typed in
// yuan, condition) whose running total must equal the approved amount. The contract's field names are
// kept (`instalments.1.amountFen`), so a refusal lands on the amount it names, and one of the sum
// (`instalments`) under the instalments.
import { Form, Input, Space, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { formatYuan } from '../../../../../shared/domain/money';
import { projectAgreeInput } from '../../../../../shared/features/fund/projects/project-fields';
import { DateField } from '../../../../ui/DateField';
import { fenOfText } from '../../../../ui/forms/yuan-field';
import { useToday } from '../../../../ui/today';
import { AmountLinesEditor, LineAmount, LineText, LinesTotal, linesTotal } from './AmountLinesEditor';
import { iso, StepFormModal, type StepProps } from './StepFormModal';

interface InstalmentValues {
  plannedOn: Dayjs | null;
  /** Typed in yuan; sent as fen. */
  amountFen: string;
  condition: string;
}

interface AgreementValues {
  agreementNo: string;
  signedOn: Dayjs | null;
  terms: string;
  instalments: InstalmentValues[];
}

const emptyInstalment: InstalmentValues = { plannedOn: null, amountFen: '', condition: '' };

function InstalmentsEditor({ approvedFen }: { approvedFen: number }) {
  const total = linesTotal(Form.useWatch<InstalmentValues[] | undefined>('instalments'));
  const balanced = total === approvedFen;
  return (
    <AmountLinesEditor<InstalmentValues>
      name="instalments"
      label="分期拨付"
      unit="期"
      emptyLine={emptyInstalment}
      addText="添加一期"
      testId="fund-project-instalment"
      keepsOne
      line={(field, index) => (
        <>
          <Typography.Text>第 {index + 1} 期</Typography.Text>
          <Form.Item name={[field.name, 'plannedOn']} style={{ marginBottom: 0 }}>
            <DateField
              style={{ width: 150 }}
              aria-label={`第 ${index + 1} 期计划日期`}
              data-testid={`fund-project-instalment-date-${index}`}
            />
          </Form.Item>
          <LineAmount
            field={field}
            label={`第 ${index + 1} 期金额`}
            testId={`fund-project-instalment-amount-${index}`}
          />
          <LineText
            field={field}
            name="condition"
            maxLength={200}
            width={220}
            placeholder="拨付条件（选填）"
            label={`第 ${index + 1} 期拨付条件`}
            testId={`fund-project-instalment-condition-${index}`}
          />
        </>
      )}
      total={
        <LinesTotal balanced={balanced} testId="fund-project-instalments-total">
          分期合计 {formatYuan(total)} 元，批准金额 {formatYuan(approvedFen)} 元
          {balanced ? '' : `，相差 ${formatYuan(approvedFen - total)} 元`}
        </LinesTotal>
      }
    />
  );
}

export function AgreementModal({ project, onSubmit, onCancel }: StepProps<typeof projectAgreeInput>) {
  const { today } = useToday();
  return (
    <StepFormModal<typeof projectAgreeInput, AgreementValues>
      schema={projectAgreeInput}
      toInput={(values) => ({
        id: project.id,
        agreementNo: values.agreementNo,
        signedOn: iso(values.signedOn),
        terms: values.terms,
        instalments: (values.instalments ?? []).map((row) => ({
          plannedOn: iso(row?.plannedOn),
          amountFen: fenOfText(row?.amountFen),
          condition: row?.condition ?? '',
        })),
      })}
      onSubmit={onSubmit}
      onCancel={onCancel}
      title={`签订资助协议：${project.number}`}
      initialValues={{ agreementNo: '', signedOn: dayjs(today), terms: '', instalments: [emptyInstalment] }}
      testId="fund-project-agree-form"
      submitText="登记协议"
      width={760}
    >
      <Space align="start" size="middle">
        <Form.Item label="协议编号" name="agreementNo" required>
          <Input autoFocus maxLength={60} style={{ width: 260 }} data-testid="fund-project-agreement-no" />
        </Form.Item>
        <Form.Item label="签订日期" name="signedOn" required>
          <DateField
            allowClear={false}
            style={{ width: 160 }}
            aria-label="签订日期"
            data-testid="fund-project-signed-on"
          />
        </Form.Item>
      </Space>
      <Form.Item label="主要条款" name="terms">
        <Input.TextArea
          autoSize={{ minRows: 2, maxRows: 5 }}
          maxLength={2000}
          data-testid="fund-project-terms"
        />
      </Form.Item>
      <InstalmentsEditor approvedFen={project.approvedFen ?? 0} />
    </StepFormModal>
  );
}
