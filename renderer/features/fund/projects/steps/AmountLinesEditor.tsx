// The editor of a project's lines that add up to an amount: the budget lines of an application and the
// instalments of an agreement. One row per line, 添加 / 删除, the running total beside what it must equal,
// and under them the message of the list as a whole: the schema's 「至少…」 or the backend's refusal of a
// sum that does not add up (its field is the list, `budgetLines` or `instalments`), so it shows here.
import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Form, Input, Space, Typography, type FormListFieldData } from 'antd';
import type { ReactNode } from 'react';
import { fenOfText, yuanRules } from '../../../../ui/forms/yuan-field';

/** The fen of the lines whose amounts can be read; lines still blank count nothing. */
export function linesTotal(lines: readonly ({ amountFen?: string } | undefined)[] | undefined): number {
  return (lines ?? []).reduce((sum, line) => sum + (fenOfText(line?.amountFen) ?? 0), 0);
}

/** A line's amount typed in yuan, under the contract's name (`amountFen`) so a refusal lands on it. */
export function LineAmount({
  field,
  label,
  testId,
}: {
  field: FormListFieldData;
  label: string;
  testId: string;
}) {
  return (
    <Form.Item name={[field.name, 'amountFen']} rules={yuanRules} style={{ marginBottom: 0 }}>
      <Input suffix="元" inputMode="decimal" style={{ width: 150 }} aria-label={label} data-testid={testId} />
    </Form.Item>
  );
}

/** A line's text field (an item, a note, a condition) without a label of its own: the row says which. */
export function LineText(props: {
  field: FormListFieldData;
  name: string;
  maxLength: number;
  width: number;
  placeholder: string;
  label: string;
  testId: string;
}) {
  return (
    <Form.Item name={[props.field.name, props.name]} noStyle>
      <Input
        maxLength={props.maxLength}
        style={{ width: props.width }}
        placeholder={props.placeholder}
        aria-label={props.label}
        data-testid={props.testId}
      />
    </Form.Item>
  );
}

/** The running total: green once it equals what it must, otherwise saying by how much it is off. */
export function LinesTotal({
  balanced,
  testId,
  children,
}: {
  balanced: boolean;
  testId: string;
  children: ReactNode;
}) {
  return (
    <Typography.Text type={balanced ? 'success' : 'warning'} data-testid={testId}>
      {children}
    </Typography.Text>
  );
}

export interface AmountLinesEditorProps<V> {
  /** The contract's name of the list. */
  name: 'budgetLines' | 'instalments';
  label: string;
  /** What a line is called: 项 (a budget line), 期 (an instalment). */
  unit: string;
  emptyLine: V;
  addText: string;
  /** data-testid prefix: rows are `<testId>-row-<i>`, the add button `<testId>-add`, removal `<testId>-remove-<i>`,
   * the list's message `<testId>-errors`. */
  testId: string;
  /** Whether the last line may be removed (an agreement keeps at least one instalment). */
  keepsOne?: boolean;
  line: (field: FormListFieldData, index: number) => ReactNode;
  /** The running total, rendered with LinesTotal. */
  total: ReactNode;
}

export function AmountLinesEditor<V>(props: AmountLinesEditorProps<V>) {
  const { name, label, unit, emptyLine, addText, testId, keepsOne = false, line, total } = props;
  return (
    <Form.List name={name}>
      {(fields, { add, remove }, { errors }) => (
        <Form.Item label={label} required>
          <Space orientation="vertical" style={{ width: '100%' }}>
            {fields.map((field, index) => (
              <Space key={field.key} align="baseline" data-testid={`${testId}-row-${index}`}>
                {line(field, index)}
                {(!keepsOne || fields.length > 1) && (
                  <MinusCircleOutlined
                    aria-label={`删除第 ${index + 1} ${unit}`}
                    onClick={() => remove(field.name)}
                    data-testid={`${testId}-remove-${index}`}
                  />
                )}
              </Space>
            ))}
            <Space>
              <Button
                type="dashed"
                icon={<PlusOutlined />}
                onClick={() => add(emptyLine)}
                data-testid={`${testId}-add`}
              >
                {addText}
              </Button>
              {total}
            </Space>
            <div data-testid={`${testId}-errors`}>
              <Form.ErrorList errors={errors} />
            </div>
          </Space>
        </Form.Item>
      )}
    </Form.List>
  );
}
