// 录入绩效评价: the office's indicators, each scored in 0.1 steps up to its weight; the total, the grade
// and the grade's payment coefficient are worked out as the scores are typed. A gated instalment is chosen
// for an evaluation that opens it.
import { Alert, Col, Descriptions, Form, Input, Radio, Row, Select, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import type { z } from 'zod';
import {
  evaluationKindLabels,
  evaluationKinds,
  gradeOf,
  gradeRanges,
  scoreText,
  type ContractSettings,
  type EvaluationKind,
  type InstalmentStatus,
} from '../../../../shared/features/contracts/contract';
import { evaluationInput } from '../../../../shared/features/contracts/payment-fields';
import { DateField } from '../../../ui/DateField';
import { NumberInput, type NumberFieldValue } from '../../../ui/forms/NumberInput';
import { useSchemaForm } from '../../../ui/forms/use-schema-form';
import { FormModal } from '../../../ui/FormModal';
import { useToday } from '../../../ui/today';

interface EvaluationValues {
  kind: EvaluationKind;
  instalmentSeq: number | null;
  evaluatedOn: Dayjs | null;
  evaluators: string;
  conclusion: string;
  /** Points as typed (87.5); sent as tenths. */
  scores: { scoreTenths: NumberFieldValue }[];
}

export interface EvaluationFormModalProps {
  contractId: number;
  settings: ContractSettings;
  instalments: InstalmentStatus[];
  onSubmit: (input: z.output<typeof evaluationInput>) => Promise<unknown>;
  onCancel: () => void;
}

/** Tenths of a typed score; a value that is no number, or has more than one decimal, goes on as typed. */
function tenthsOf(value: NumberFieldValue | undefined): number | string | undefined {
  if (typeof value !== 'number') return value ?? undefined;
  const tenths = Math.round(value * 10);
  return Math.abs(tenths - value * 10) < 1e-9 ? tenths : value;
}

function ScoreSummary({ settings }: { settings: ContractSettings }) {
  const scores = (Form.useWatch('scores') ?? []) as { scoreTenths: NumberFieldValue }[];
  const tenths = scores.map((s) => tenthsOf(s?.scoreTenths));
  const total = tenths.reduce<number>((sum, t) => sum + (typeof t === 'number' ? t : 0), 0);
  const grade = gradeOf(total);
  return (
    <Alert
      type={settings.coefficients[grade] > 0 ? 'info' : 'error'}
      showIcon
      style={{ marginBottom: 16 }}
      data-testid="evaluation-summary"
      title={
        <span>
          总分 <strong data-testid="evaluation-total">{scoreText(total)}</strong>（{gradeRanges[grade]}
          ），对应分期可付{' '}
          <strong data-testid="evaluation-coefficient">{settings.coefficients[grade]}%</strong>
        </span>
      }
    />
  );
}

export function EvaluationFormModal({
  contractId,
  settings,
  instalments,
  onSubmit,
  onCancel,
}: EvaluationFormModalProps) {
  const { today } = useToday();
  const indicators = settings.indicators;
  const { form, submitting, onFinish } = useSchemaForm<typeof evaluationInput, EvaluationValues>({
    schema: evaluationInput,
    toInput: (values) => ({
      contractId,
      kind: values.kind,
      instalmentSeq: values.instalmentSeq ?? null,
      evaluatedOn: values.evaluatedOn?.format('YYYY-MM-DD'),
      evaluators: values.evaluators,
      conclusion: values.conclusion,
      scores: indicators.map((indicator, i) => ({
        indicator: indicator.name,
        weight: indicator.weight,
        scoreTenths: tenthsOf(values.scores?.[i]?.scoreTenths),
      })),
    }),
    submit: onSubmit,
  });
  const kind = Form.useWatch('kind', form);
  const gated = instalments.filter((row) => row.gate === kind);
  return (
    <FormModal<EvaluationValues>
      title="录入绩效评价"
      form={form}
      initialValues={{
        kind: 'interim',
        instalmentSeq: instalments.find((row) => row.gate === 'interim')?.seq ?? null,
        evaluatedOn: dayjs(today),
        evaluators: '',
        conclusion: '',
        scores: indicators.map(() => ({ scoreTenths: null })),
      }}
      submitting={submitting}
      onFinish={(values) => void onFinish(values)}
      onCancel={onCancel}
      testId="evaluation-form"
      submitText="保存评价"
      width={760}
    >
      <Row gutter={16}>
        <Col span={8}>
          <Form.Item label="评价类型" name="kind" required>
            <Radio.Group
              options={evaluationKinds.map((value) => ({ value, label: evaluationKindLabels[value] }))}
              onChange={(event) => {
                const next = instalments.find((row) => row.gate === event.target.value);
                form.setFieldValue('instalmentSeq', next?.seq ?? null);
              }}
              data-testid="evaluation-kind"
            />
          </Form.Item>
        </Col>
        <Col span={8}>
          <Form.Item
            label="对应分期"
            name="instalmentSeq"
            extra={gated.length === 0 ? '本合同没有以此评价为条件的分期' : undefined}
          >
            <Select
              allowClear
              options={gated.map((row) => ({ value: row.seq, label: row.label }))}
              placeholder="不对应分期"
              data-testid="evaluation-instalment"
            />
          </Form.Item>
        </Col>
        <Col span={8}>
          <Form.Item label="评价日期" name="evaluatedOn" required>
            <DateField allowClear={false} data-testid="evaluation-date" />
          </Form.Item>
        </Col>
      </Row>
      <Form.Item label="评价人员" name="evaluators" required>
        <Input maxLength={200} data-testid="evaluation-evaluators" />
      </Form.Item>
      <Form.Item label="评价指标">
        <Descriptions bordered size="small" column={1} data-testid="evaluation-scores">
          {indicators.map((indicator, i) => (
            <Descriptions.Item key={indicator.name} label={`${indicator.name}（${indicator.weight} 分）`}>
              <Form.Item
                name={['scores', i, 'scoreTenths']}
                style={{ marginBottom: 0 }}
                extra={indicator.guidance}
              >
                <NumberInput
                  suffix="分"
                  style={{ width: 140 }}
                  aria-label={`${indicator.name}得分`}
                  data-testid={`evaluation-score-${i}`}
                />
              </Form.Item>
            </Descriptions.Item>
          ))}
        </Descriptions>
        <Typography.Text type="secondary">得分可精确到 0.1 分，不超过该项分值</Typography.Text>
      </Form.Item>
      <ScoreSummary settings={settings} />
      <Form.Item label="评价结论" name="conclusion" required>
        <Input.TextArea
          autoSize={{ minRows: 2, maxRows: 5 }}
          maxLength={1000}
          data-testid="evaluation-conclusion"
        />
      </Form.Item>
    </FormModal>
  );
}
