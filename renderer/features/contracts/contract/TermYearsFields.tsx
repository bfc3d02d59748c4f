// A term over one year (第二十四条): the four conditions to confirm and one budget row per calendar year
// of the term, kept in step with the dates; a term over three years is said at once.
import { Alert, Checkbox, Col, Form, Row, Space } from 'antd';
import { useEffect } from 'react';
import type { Dayjs } from 'dayjs';
import {
  multiYearConditionLabels,
  multiYearConditions,
  termLength,
  yearsOfTerm,
  type MultiYearCondition,
} from '../../../../shared/features/contracts/contract';
import { formatYuan } from '../../../../shared/domain/money';
import { fenOfText, yuanRules } from '../../../ui/forms/yuan-field';
import { Input } from 'antd';
import type { BudgetYearValues } from './contract-form-values';

type Conditions = Partial<Record<MultiYearCondition, boolean>>;

/** The four conditions as one field, so a message on `multiYear` shows under them. */
function ConditionChecks({
  value,
  onChange,
}: {
  value?: Conditions;
  onChange?: (value: Conditions) => void;
}) {
  const checked = multiYearConditions.filter((condition) => value?.[condition] === true);
  return (
    <Checkbox.Group
      value={checked}
      onChange={(list) =>
        onChange?.(Object.fromEntries(multiYearConditions.map((c) => [c, list.includes(c)])) as Conditions)
      }
      options={multiYearConditions.map((c) => ({ value: c, label: multiYearConditionLabels[c] }))}
      data-testid="contract-multi-year"
    />
  );
}

export function TermYearsFields() {
  const form = Form.useFormInstance();
  const start = Form.useWatch('startDate') as Dayjs | null | undefined;
  const end = Form.useWatch('endDate') as Dayjs | null | undefined;
  const startDate = start?.format('YYYY-MM-DD');
  const endDate = end?.format('YYYY-MM-DD');
  const length = startDate && endDate && endDate >= startDate ? termLength(startDate, endDate) : null;
  const years = length === 'multi_year' && startDate && endDate ? yearsOfTerm(startDate, endDate) : [];
  const budget = (Form.useWatch('budgetYears') ?? []) as BudgetYearValues[];
  const yearsKey = years.join();

  // One row per year of the term, the amounts already typed kept by year.
  useEffect(() => {
    const current = (form.getFieldValue('budgetYears') ?? []) as BudgetYearValues[];
    if (current.map((row) => row.year).join() === yearsKey) return;
    const byYear = new Map(current.map((row) => [row.year, row.amountFen]));
    form.setFieldValue(
      'budgetYears',
      yearsKey === ''
        ? []
        : yearsKey.split(',').map((y) => ({ year: Number(y), amountFen: byYear.get(Number(y)) ?? '' })),
    );
  }, [form, yearsKey]);

  if (length === 'too_long')
    return (
      <Alert
        type="error"
        showIcon
        title="合同履行期限最长不得超过 3 年（第二十四条）"
        data-testid="contract-term-too-long"
      />
    );
  if (length !== 'multi_year') return null;
  const budgetTotal = budget.reduce((sum, row) => sum + (fenOfText(row?.amountFen) ?? 0), 0);
  return (
    <div data-testid="contract-multi-year-section">
      <Alert
        type="info"
        showIcon
        style={{ marginBottom: 12 }}
        title="履行期限超过 1 年：须同时符合以下条件，并按年度列预算（《政府购买服务管理办法》第二十四条）"
      />
      <Form.Item label="第二十四条条件" name="multiYear">
        <ConditionChecks />
      </Form.Item>
      <Form.List name="budgetYears">
        {(fields, _ops, { errors }) => (
          <Form.Item label="分年度预算">
            <Row gutter={8}>
              {fields.map((field, index) => (
                <Col span={6} key={field.key}>
                  <Form.Item name={[field.name, 'amountFen']} rules={yuanRules} style={{ marginBottom: 4 }}>
                    <Input
                      addonBefore={`${budget[index]?.year ?? ''} 年`}
                      suffix="元"
                      inputMode="decimal"
                      aria-label={`${budget[index]?.year ?? ''} 年预算`}
                      data-testid={`budget-year-${index}`}
                    />
                  </Form.Item>
                </Col>
              ))}
            </Row>
            <Space>
              <span data-testid="budget-years-total">各年度合计 {formatYuan(budgetTotal)} 元</span>
            </Space>
            <Form.ErrorList errors={errors} />
          </Form.Item>
        )}
      </Form.List>
    </div>
  );
}
