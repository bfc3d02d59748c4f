// The 第二十三条 items of a contract (名称, 服务内容, 期限, 数量, 质量标准, 价款, 结算方式, 权利义务, 违约责任)
// and the 购买方式, with the 负面清单 warning as the title and content are typed.
import { Alert, Col, Form, Input, Row, Select } from 'antd';
import {
  negativeListWarnings,
  procurementMethodLabels,
  procurementMethods,
} from '../../../../shared/features/contracts/contract';
import { DateField } from '../../../ui/DateField';
import { yuanRules } from '../../../ui/forms/yuan-field';

const methodOptions = procurementMethods.map((value) => ({ value, label: procurementMethodLabels[value] }));

function NegativeListWarning() {
  const title = (Form.useWatch('title') as string | undefined) ?? '';
  const content = (Form.useWatch('content') as string | undefined) ?? '';
  const warnings = negativeListWarnings(`${title}\n${content}`);
  if (warnings.length === 0) return null;
  return (
    <Alert
      type="warning"
      showIcon
      style={{ marginBottom: 16 }}
      title="服务内容可能涉及政府购买服务负面清单，请核实："
      description={warnings.join('；')}
      data-testid="contract-negative-list-warning"
    />
  );
}

const text = (rows: number) => ({ autoSize: { minRows: rows, maxRows: rows + 4 } });

export function TermsFields() {
  const method = Form.useWatch('procurementMethod') as string | undefined;
  return (
    <>
      <Form.Item label="合同名称" name="title" required>
        <Input maxLength={100} data-testid="contract-title" />
      </Form.Item>
      <Form.Item label="服务内容" name="content" required>
        <Input.TextArea {...text(2)} maxLength={2000} data-testid="contract-content" />
      </Form.Item>
      <NegativeListWarning />
      <Row gutter={16}>
        <Col span={6}>
          <Form.Item label="服务开始日期" name="startDate" required>
            <DateField data-testid="contract-start-date" />
          </Form.Item>
        </Col>
        <Col span={6}>
          <Form.Item label="服务结束日期" name="endDate" required>
            <DateField data-testid="contract-end-date" />
          </Form.Item>
        </Col>
        <Col span={6}>
          <Form.Item label="合同价款" name="priceFen" rules={yuanRules} required>
            <Input suffix="元" inputMode="decimal" data-testid="contract-price" />
          </Form.Item>
        </Col>
        <Col span={6}>
          <Form.Item label="购买方式" name="procurementMethod" required>
            <Select options={methodOptions} data-testid="contract-procurement-method" />
          </Form.Item>
        </Col>
      </Row>
      {method === 'other' && (
        <Form.Item label="购买方式说明" name="procurementNote" required>
          <Input maxLength={200} data-testid="contract-procurement-note" />
        </Form.Item>
      )}
      <Row gutter={16}>
        <Col span={12}>
          <Form.Item label="服务数量" name="quantity" required>
            <Input.TextArea {...text(1)} maxLength={500} data-testid="contract-quantity" />
          </Form.Item>
        </Col>
        <Col span={12}>
          <Form.Item label="质量标准" name="qualityStandard" required>
            <Input.TextArea {...text(1)} maxLength={1000} data-testid="contract-quality" />
          </Form.Item>
        </Col>
      </Row>
      <Form.Item label="资金结算方式" name="settlementMethod" required>
        <Input.TextArea {...text(1)} maxLength={500} data-testid="contract-settlement" />
      </Form.Item>
      <Row gutter={16}>
        <Col span={12}>
          <Form.Item label="双方权利义务" name="rightsAndDuties" required>
            <Input.TextArea {...text(2)} maxLength={2000} data-testid="contract-rights" />
          </Form.Item>
        </Col>
        <Col span={12}>
          <Form.Item label="违约责任" name="breachLiability" required>
            <Input.TextArea {...text(2)} maxLength={1000} data-testid="contract-breach" />
          </Form.Item>
        </Col>
      </Row>
    </>
  );
}
