// 成本测算 (以事定费): rows of item × quantity × unit × unit price, each row's amount and the total worked
// out as they are typed, and the total set against the price — highlighted while they differ.
import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Col, Form, Input, Row, Typography } from 'antd';
import { formatYuan } from '../../../../shared/domain/money';
import { NumberInput } from '../../../ui/forms/NumberInput';
import { fenOfText, yuanRules } from '../../../ui/forms/yuan-field';
import { rowAmountFen, type CostItemValues } from './contract-form-values';

function TotalLine({ total, price }: { total: number; price: number | undefined }) {
  const equal = price !== undefined && total === price;
  return (
    <Typography.Text
      type={equal ? 'success' : 'danger'}
      strong
      data-testid="cost-sheet-total"
      data-equal={equal ? 'yes' : 'no'}
    >
      成本合计 {formatYuan(total)} 元{price === undefined ? '' : `，合同价款 ${formatYuan(price)} 元`}
      {price !== undefined && !equal && `，相差 ${formatYuan(price - total)} 元`}
    </Typography.Text>
  );
}

export function CostSheetEditor() {
  const rows = (Form.useWatch('costItems') ?? []) as (CostItemValues | undefined)[];
  const price = fenOfText(Form.useWatch('priceFen') as string | undefined);
  const total = rows.reduce((sum, row) => sum + (rowAmountFen(row) ?? 0), 0);
  return (
    <Form.List name="costItems">
      {(fields, { add, remove }, { errors }) => (
        <div data-testid="cost-sheet">
          <Row gutter={8} style={{ fontWeight: 500, marginBottom: 4 }}>
            <Col span={8}>服务项目</Col>
            <Col span={3}>数量</Col>
            <Col span={3}>单位</Col>
            <Col span={4}>单价（元）</Col>
            <Col span={5}>金额（元）</Col>
          </Row>
          {fields.map((field, index) => {
            const amount = rowAmountFen(rows[index]);
            return (
              <Row gutter={8} key={field.key} align="top">
                <Col span={8}>
                  <Form.Item name={[field.name, 'item']}>
                    <Input
                      maxLength={100}
                      aria-label={`第 ${index + 1} 项服务项目`}
                      data-testid={`cost-item-${index}`}
                    />
                  </Form.Item>
                </Col>
                <Col span={3}>
                  <Form.Item name={[field.name, 'quantity']}>
                    <NumberInput
                      aria-label={`第 ${index + 1} 项数量`}
                      data-testid={`cost-quantity-${index}`}
                    />
                  </Form.Item>
                </Col>
                <Col span={3}>
                  <Form.Item name={[field.name, 'unit']}>
                    <Input
                      maxLength={10}
                      placeholder="场/次"
                      aria-label={`第 ${index + 1} 项单位`}
                      data-testid={`cost-unit-${index}`}
                    />
                  </Form.Item>
                </Col>
                <Col span={4}>
                  <Form.Item name={[field.name, 'unitPriceFen']} rules={yuanRules}>
                    <Input
                      inputMode="decimal"
                      aria-label={`第 ${index + 1} 项单价`}
                      data-testid={`cost-unit-price-${index}`}
                    />
                  </Form.Item>
                </Col>
                <Col
                  span={5}
                  style={{ paddingTop: 5, textAlign: 'right' }}
                  data-testid={`cost-amount-${index}`}
                >
                  {amount === null ? '—' : formatYuan(amount)}
                </Col>
                <Col span={1} style={{ paddingTop: 5 }}>
                  {fields.length > 1 && (
                    <MinusCircleOutlined
                      aria-label={`删除第 ${index + 1} 项`}
                      onClick={() => remove(field.name)}
                    />
                  )}
                </Col>
              </Row>
            );
          })}
          <Form.ErrorList errors={errors} />
          <Row justify="space-between" align="middle">
            <Button
              type="dashed"
              icon={<PlusOutlined />}
              onClick={() => add({ item: '', quantity: null, unit: '', unitPriceFen: '' })}
              data-testid="cost-item-add"
            >
              添加项目
            </Button>
            <TotalLine total={total} price={price} />
          </Row>
        </div>
      )}
    </Form.List>
  );
}
