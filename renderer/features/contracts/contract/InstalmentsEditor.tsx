// 分期付款计划: each instalment's name, amount (typed in yuan, or as a percentage of the price turned into
// fen — the last instalment takes the rounding remainder), planned date and gate, and the sum set against
// the price.
import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Col, Form, Input, Row, Select, Typography } from 'antd';
import {
  instalmentGateLabels,
  instalmentGates,
  percentOfPrice,
} from '../../../../shared/features/contracts/contract';
import { formatYuan } from '../../../../shared/domain/money';
import { DateField } from '../../../ui/DateField';
import { NumberInput, type NumberFieldValue } from '../../../ui/forms/NumberInput';
import { fenOfText, textOfFen, yuanRules } from '../../../ui/forms/yuan-field';
import type { InstalmentValues } from './contract-form-values';

const gateOptions = instalmentGates.map((value) => ({ value, label: instalmentGateLabels[value] }));
const ordinal = (n: number) => `第${'一二三四五六七八九十'[n] ?? n + 1}期`;

function PercentInput({ index, count }: { index: number; count: number }) {
  const form = Form.useFormInstance();
  const apply = (value: NumberFieldValue) => {
    const price = fenOfText(form.getFieldValue('priceFen') as string);
    if (typeof value !== 'number' || price === undefined) return;
    const rows = (form.getFieldValue('instalments') ?? []) as InstalmentValues[];
    let amount = percentOfPrice(price, value);
    // The last instalment takes what the others leave, so the schedule adds up to the price exactly.
    if (index === count - 1 && count > 1) {
      const others = rows.slice(0, index).reduce((sum, row) => sum + (fenOfText(row.amountFen) ?? 0), 0);
      if (Math.abs(price - others - amount) <= count) amount = price - others;
    }
    form.setFieldValue(['instalments', index, 'amountFen'], textOfFen(amount));
  };
  return (
    <NumberInput
      suffix="%"
      onChange={apply}
      aria-label={`第 ${index + 1} 期按价款比例`}
      data-testid={`instalment-percent-${index}`}
    />
  );
}

export function InstalmentsEditor() {
  const rows = (Form.useWatch('instalments') ?? []) as (InstalmentValues | undefined)[];
  const price = fenOfText(Form.useWatch('priceFen') as string | undefined);
  const total = rows.reduce((sum, row) => sum + (fenOfText(row?.amountFen) ?? 0), 0);
  const equal = price !== undefined && price === total;
  return (
    <Form.List name="instalments">
      {(fields, { add, remove }, { errors }) => (
        <div data-testid="instalments">
          <Row gutter={8} style={{ fontWeight: 500, marginBottom: 4 }}>
            <Col span={4}>分期名称</Col>
            <Col span={3}>比例</Col>
            <Col span={5}>金额（元）</Col>
            <Col span={5}>计划付款日期</Col>
            <Col span={6}>付款条件</Col>
          </Row>
          {fields.map((field, index) => (
            <Row gutter={8} key={field.key} align="top">
              <Col span={4}>
                <Form.Item name={[field.name, 'label']}>
                  <Input
                    maxLength={30}
                    aria-label={`第 ${index + 1} 期名称`}
                    data-testid={`instalment-label-${index}`}
                  />
                </Form.Item>
              </Col>
              <Col span={3}>
                <Form.Item>
                  <PercentInput index={index} count={fields.length} />
                </Form.Item>
              </Col>
              <Col span={5}>
                <Form.Item name={[field.name, 'amountFen']} rules={yuanRules}>
                  <Input
                    inputMode="decimal"
                    aria-label={`第 ${index + 1} 期金额`}
                    data-testid={`instalment-amount-${index}`}
                  />
                </Form.Item>
              </Col>
              <Col span={5}>
                <Form.Item name={[field.name, 'plannedDate']}>
                  <DateField
                    aria-label={`第 ${index + 1} 期计划付款日期`}
                    data-testid={`instalment-date-${index}`}
                  />
                </Form.Item>
              </Col>
              <Col span={6}>
                <Form.Item name={[field.name, 'gate']}>
                  <Select
                    options={gateOptions}
                    aria-label={`第 ${index + 1} 期付款条件`}
                    data-testid={`instalment-gate-${index}`}
                  />
                </Form.Item>
              </Col>
              <Col span={1} style={{ paddingTop: 5 }}>
                {fields.length > 1 && (
                  <MinusCircleOutlined
                    aria-label={`删除第 ${index + 1} 期`}
                    onClick={() => remove(field.name)}
                  />
                )}
              </Col>
            </Row>
          ))}
          <Form.ErrorList errors={errors} />
          <Row justify="space-between" align="middle">
            <Button
              type="dashed"
              icon={<PlusOutlined />}
              disabled={fields.length >= 24}
              onClick={() =>
                add({ label: ordinal(fields.length), amountFen: '', plannedDate: null, gate: 'none' })
              }
              data-testid="instalment-add"
            >
              添加一期
            </Button>
            <Typography.Text
              type={equal ? 'success' : 'danger'}
              strong
              data-testid="instalments-total"
              data-equal={equal ? 'yes' : 'no'}
            >
              各期合计 {formatYuan(total)} 元
              {price !== undefined &&
                (equal
                  ? '，等于合同价款'
                  : `，合同价款 ${formatYuan(price)} 元，相差 ${formatYuan(price - total)} 元`)}
            </Typography.Text>
          </Row>
        </div>
      )}
    </Form.List>
  );
}
