// 新增 / 修改经费标准: the basic office bands, the part-block rule, the per-household rates of purchased
// services and the secretary-director uplift, in force from the effective year. Amounts are typed in yuan.
import { Col, Form, Input, Row, Select } from 'antd';
import type { z } from 'zod';
import { courtyardTypeLabels, courtyardTypes } from '../../../../shared/features/register/contract';
import { standardInput, type FundingStandard } from '../../../../shared/features/funding/contract';
import {
  partBlockRuleLabels,
  partBlockRules,
  type PartBlockRule,
} from '../../../../shared/features/funding/funding-rules';
import { NumberInput, type NumberFieldValue } from '../../../ui/forms/NumberInput';
import { useSchemaForm } from '../../../ui/forms/use-schema-form';
import { fenOfText, textOfFen, yuanRules } from '../../../ui/forms/yuan-field';
import { FormModal } from '../../../ui/FormModal';

export type StandardFields = z.output<typeof standardInput>;

interface StandardFormValues {
  effectiveYear: NumberFieldValue;
  basicMinHouseholds: NumberFieldValue;
  basicBaseMaxHouseholds: NumberFieldValue;
  /** Typed in yuan; sent as fen (as are the rates below). */
  basicBaseFen: string;
  basicBlockHouseholds: NumberFieldValue;
  basicBlockFen: string;
  partBlockRule: PartBlockRule;
  servicesRateFen: { self_governed: string; public_unit: string; property_managed: string };
  secretaryUpliftPercent: NumberFieldValue;
  note: string;
}

export interface StandardFormModalProps {
  /** The version edited, or for a new version the one it is prefilled from. */
  source: FundingStandard | undefined;
  mode: 'add' | 'edit';
  /** Prefilled effective year of a new version. */
  newYear: number;
  existingYears: number[];
  /** Effective years of versions an approved year used: they cannot be overwritten. */
  lockedYears: number[];
  onSubmit: (fields: StandardFields) => Promise<unknown>;
  onCancel: () => void;
}

function valuesOf(source: FundingStandard | undefined, year: number): StandardFormValues {
  return {
    effectiveYear: year,
    basicMinHouseholds: source?.basicMinHouseholds ?? null,
    basicBaseMaxHouseholds: source?.basicBaseMaxHouseholds ?? null,
    basicBaseFen: textOfFen(source?.basicBaseFen),
    basicBlockHouseholds: source?.basicBlockHouseholds ?? null,
    basicBlockFen: textOfFen(source?.basicBlockFen),
    partBlockRule: source?.partBlockRule ?? 'whole_blocks',
    servicesRateFen: {
      self_governed: textOfFen(source?.servicesRateFen.self_governed),
      public_unit: textOfFen(source?.servicesRateFen.public_unit),
      property_managed: textOfFen(source?.servicesRateFen.property_managed),
    },
    secretaryUpliftPercent: source?.secretaryUpliftPercent ?? null,
    note: source?.note ?? '',
  };
}

export function StandardFormModal(props: StandardFormModalProps) {
  const { source, mode, newYear, existingYears, lockedYears, onSubmit, onCancel } = props;
  const { form, submitting, onFinish } = useSchemaForm<typeof standardInput, StandardFormValues>({
    schema: standardInput,
    toInput: (values) => ({
      ...values,
      basicBaseFen: fenOfText(values.basicBaseFen),
      basicBlockFen: fenOfText(values.basicBlockFen),
      servicesRateFen: {
        self_governed: fenOfText(values.servicesRateFen.self_governed),
        public_unit: fenOfText(values.servicesRateFen.public_unit),
        property_managed: fenOfText(values.servicesRateFen.property_managed),
      },
    }),
    submit: onSubmit,
  });
  const year = Form.useWatch('effectiveYear', form);
  const overwrites = mode === 'add' && typeof year === 'number' && existingYears.includes(year);
  const locked = overwrites && lockedYears.includes(year);
  return (
    <FormModal<StandardFormValues>
      title={
        mode === 'edit' && source ? `修改经费标准（${source.effectiveYear} 年起执行）` : '新增经费标准版本'
      }
      form={form}
      initialValues={valuesOf(source, mode === 'edit' && source ? source.effectiveYear : newYear)}
      submitting={submitting}
      onFinish={(values) => void onFinish(values)}
      onCancel={onCancel}
      testId="standard-form"
      width={760}
    >
      <Row gutter={16}>
        <Col span={8}>
          <Form.Item
            label="起始年度"
            name="effectiveYear"
            required
            validateStatus={locked ? 'error' : overwrites ? 'warning' : undefined}
            help={
              locked
                ? '该年度的标准已用于已审批年度，不能覆盖，请填写更晚的年度'
                : overwrites
                  ? '该年度已有标准，保存将覆盖'
                  : undefined
            }
          >
            <NumberInput disabled={mode === 'edit'} suffix="年起" data-testid="standard-effective-year" />
          </Form.Item>
        </Col>
        <Col span={8}>
          <Form.Item label="基本办公经费起算户数" name="basicMinHouseholds" required>
            <NumberInput suffix="户" data-testid="standard-min-households" />
          </Form.Item>
        </Col>
        <Col span={8}>
          <Form.Item label="基础档上限户数" name="basicBaseMaxHouseholds" required>
            <NumberInput suffix="户" data-testid="standard-base-max-households" />
          </Form.Item>
        </Col>
        <Col span={8}>
          <Form.Item label="基础档金额" name="basicBaseFen" rules={yuanRules} required>
            <Input suffix="元/年" inputMode="decimal" data-testid="standard-base-amount" />
          </Form.Item>
        </Col>
        <Col span={8}>
          <Form.Item label="超出部分每档户数" name="basicBlockHouseholds" required>
            <NumberInput suffix="户" data-testid="standard-block-households" />
          </Form.Item>
        </Col>
        <Col span={8}>
          <Form.Item label="每档金额" name="basicBlockFen" rules={yuanRules} required>
            <Input suffix="元/年" inputMode="decimal" data-testid="standard-block-amount" />
          </Form.Item>
        </Col>
        <Col span={12}>
          <Form.Item label="不足一档的计算方式" name="partBlockRule" required>
            <Select
              options={partBlockRules.map((rule) => ({ value: rule, label: partBlockRuleLabels[rule] }))}
              data-testid="standard-part-block-rule"
            />
          </Form.Item>
        </Col>
        <Col span={12}>
          <Form.Item label="书记兼主任绩效上浮比例" name="secretaryUpliftPercent" required>
            <NumberInput suffix="%" data-testid="standard-uplift" />
          </Form.Item>
        </Col>
        {courtyardTypes.map((type) => (
          <Col span={8} key={type}>
            <Form.Item
              label={`${courtyardTypeLabels[type]}每户标准`}
              name={['servicesRateFen', type]}
              rules={yuanRules}
              required
            >
              <Input suffix="元/户" inputMode="decimal" data-testid={`standard-rate-${type}`} />
            </Form.Item>
          </Col>
        ))}
        <Col span={24}>
          <Form.Item label="说明" name="note">
            <Input.TextArea rows={2} maxLength={500} showCount data-testid="standard-note" />
          </Form.Item>
        </Col>
      </Row>
    </FormModal>
  );
}
