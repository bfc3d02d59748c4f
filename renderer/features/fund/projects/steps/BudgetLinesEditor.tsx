// 预算明细 of an application: item, amount (typed in yuan) and note per line, with the running total of
// the lines beside the budget they must add up to. The form's field is `budgetLines`, as the contract
// names it, so a refusal naming a line's amount lands on that amount, and one of the sum under the lines.
import { Form } from 'antd';
import { formatYuan } from '../../../../../shared/domain/money';
import { fenOfText } from '../../../../ui/forms/yuan-field';
import { AmountLinesEditor, LineAmount, LineText, LinesTotal, linesTotal } from './AmountLinesEditor';

export interface BudgetLineValues {
  item: string;
  /** Typed in yuan; sent as fen. */
  amountFen: string;
  note: string;
}

export const emptyBudgetLine: BudgetLineValues = { item: '', amountFen: '', note: '' };

export function BudgetLinesEditor({ budgetText }: { budgetText: string | undefined }) {
  const total = linesTotal(Form.useWatch<BudgetLineValues[] | undefined>('budgetLines'));
  const budget = fenOfText(budgetText);
  const balanced = budget !== undefined && budget === total;
  return (
    <AmountLinesEditor<BudgetLineValues>
      name="budgetLines"
      label="预算明细"
      unit="项"
      emptyLine={emptyBudgetLine}
      addText="添加一项"
      testId="fund-project-budget"
      line={(field, index) => (
        <>
          <LineText
            field={field}
            name="item"
            maxLength={100}
            width={260}
            placeholder={`支出项目 ${index + 1}`}
            label={`第 ${index + 1} 项支出项目`}
            testId={`fund-project-budget-item-${index}`}
          />
          <LineAmount
            field={field}
            label={`第 ${index + 1} 项金额`}
            testId={`fund-project-budget-amount-${index}`}
          />
          <LineText
            field={field}
            name="note"
            maxLength={200}
            width={180}
            placeholder="测算依据（选填）"
            label={`第 ${index + 1} 项测算依据`}
            testId={`fund-project-budget-note-${index}`}
          />
        </>
      )}
      total={
        <LinesTotal balanced={balanced} testId="fund-project-budget-total">
          明细合计 {formatYuan(total)} 元
          {budget === undefined || balanced ? '' : `，与申请金额相差 ${formatYuan(budget - total)} 元`}
        </LinesTotal>
      }
    />
  );
}
