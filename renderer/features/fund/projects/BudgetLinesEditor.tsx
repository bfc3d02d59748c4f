// 预算明细 of an application: item, amount (typed in yuan) and note per line, with the running total of
// the lines beside the budget they must add up to. The form's field is `budgetLines`, as the contract
// names it, so a refusal naming a line's amount lands on that amount.
import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Form, Input, Space, Typography } from 'antd';
import { formatYuan } from '../../../../shared/domain/money';
import { fenOfText, yuanRules } from '../../../ui/forms/yuan-field';

export interface BudgetLineValues {
  item: string;
  /** Typed in yuan; sent as fen. */
  amountFen: string;
  note: string;
}

export const emptyBudgetLine: BudgetLineValues = { item: '', amountFen: '', note: '' };

/** The fen of the lines whose amounts can be read; lines still blank count nothing. */
export function budgetLinesTotal(lines: readonly (BudgetLineValues | undefined)[] | undefined): number {
  return (lines ?? []).reduce((sum, line) => sum + (fenOfText(line?.amountFen) ?? 0), 0);
}

export function BudgetLinesEditor({ budgetText }: { budgetText: string | undefined }) {
  const lines = Form.useWatch<BudgetLineValues[] | undefined>('budgetLines');
  const total = budgetLinesTotal(lines);
  const budget = fenOfText(budgetText);
  const balanced = budget !== undefined && budget === total;
  return (
    <Form.List name="budgetLines">
      {(fields, { add, remove }) => (
        <Form.Item label="预算明细" required>
          <Space orientation="vertical" style={{ width: '100%' }}>
            {fields.map((field, index) => (
              <Space key={field.key} align="baseline" data-testid={`fund-project-budget-line-${index}`}>
                <Form.Item name={[field.name, 'item']} noStyle>
                  <Input
                    maxLength={100}
                    style={{ width: 260 }}
                    placeholder={`支出项目 ${index + 1}`}
                    aria-label={`第 ${index + 1} 项支出项目`}
                    data-testid={`fund-project-budget-item-${index}`}
                  />
                </Form.Item>
                <Form.Item name={[field.name, 'amountFen']} rules={yuanRules} style={{ marginBottom: 0 }}>
                  <Input
                    suffix="元"
                    inputMode="decimal"
                    style={{ width: 150 }}
                    aria-label={`第 ${index + 1} 项金额`}
                    data-testid={`fund-project-budget-amount-${index}`}
                  />
                </Form.Item>
                <Form.Item name={[field.name, 'note']} noStyle>
                  <Input
                    maxLength={200}
                    style={{ width: 180 }}
                    placeholder="测算依据（选填）"
                    aria-label={`第 ${index + 1} 项测算依据`}
                    data-testid={`fund-project-budget-note-${index}`}
                  />
                </Form.Item>
                <MinusCircleOutlined
                  aria-label={`删除第 ${index + 1} 项`}
                  onClick={() => remove(field.name)}
                  data-testid={`fund-project-budget-remove-${index}`}
                />
              </Space>
            ))}
            <Space>
              <Button
                type="dashed"
                icon={<PlusOutlined />}
                onClick={() => add(emptyBudgetLine)}
                data-testid="fund-project-budget-add"
              >
                添加一项
              </Button>
              <Typography.Text
                type={balanced ? 'success' : 'warning'}
                data-testid="fund-project-budget-total"
              >
                明细合计 {formatYuan(total)} 元
                {budget === undefined || balanced ? '' : `，与申请金额相差 ${formatYuan(budget - total)} 元`}
              </Typography.Text>
            </Space>
          </Space>
        </Form.Item>
      )}
    </Form.List>
  );
}
