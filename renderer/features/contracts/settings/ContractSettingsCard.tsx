// 合同设置 on the 单位设置 page (管理员): how many days a qualification check stays fresh for signing, the
// evaluation template (indicators whose weights add up to 100) and the share of a gated instalment each
// grade lets be paid. Everyone else sees them read-only.
import { MinusCircleOutlined, PlusOutlined, SaveOutlined } from '@ant-design/icons';
import { App, Button, Card, Col, Form, Input, Row, Typography } from 'antd';
import { gradeLabels, grades, type ContractSettings } from '../../../../shared/features/contracts/contract';
import { contractSettingsInput } from '../../../../shared/features/contracts/payment-fields';
import { useChannelMutation } from '../../../api/mutations';
import { NumberInput, type NumberFieldValue } from '../../../ui/forms/NumberInput';
import { useSchemaForm } from '../../../ui/forms/use-schema-form';
import { PageState } from '../../../ui/PageState';
import { ChannelButton, useChannelAccess } from '../../../ui/signed-in';
import { useContractSettings } from '../queries';

interface SettingsValues {
  checkMaxAgeDays: NumberFieldValue;
  indicators: { name: string; weight: NumberFieldValue; guidance: string }[];
  coefficients: Record<(typeof grades)[number], NumberFieldValue>;
}

function WeightTotal() {
  const rows = (Form.useWatch('indicators') ?? []) as SettingsValues['indicators'];
  const total = rows.reduce((sum, row) => sum + (typeof row?.weight === 'number' ? row.weight : 0), 0);
  return (
    <Typography.Text
      type={total === 100 ? 'success' : 'danger'}
      strong
      data-testid="contract-settings-weight-total"
    >
      分值合计 {total} 分{total === 100 ? '' : '，应为 100 分'}
    </Typography.Text>
  );
}

function IndicatorsEditor({ disabled }: { disabled: boolean }) {
  return (
    <Form.List name="indicators">
      {(fields, { add, remove }, { errors }) => (
        <Form.Item label="评价指标模板">
          {fields.map((field, index) => (
            <Row gutter={8} key={field.key}>
              <Col span={6}>
                <Form.Item name={[field.name, 'name']} style={{ marginBottom: 8 }}>
                  <Input
                    maxLength={50}
                    placeholder="指标名称"
                    aria-label={`第 ${index + 1} 项指标名称`}
                    data-testid={`indicator-name-${index}`}
                  />
                </Form.Item>
              </Col>
              <Col span={4}>
                <Form.Item name={[field.name, 'weight']} style={{ marginBottom: 8 }}>
                  <NumberInput
                    suffix="分"
                    aria-label={`第 ${index + 1} 项分值`}
                    data-testid={`indicator-weight-${index}`}
                  />
                </Form.Item>
              </Col>
              <Col span={12}>
                <Form.Item name={[field.name, 'guidance']} style={{ marginBottom: 8 }}>
                  <Input
                    maxLength={200}
                    placeholder="评价要点"
                    aria-label={`第 ${index + 1} 项评价要点`}
                    data-testid={`indicator-guidance-${index}`}
                  />
                </Form.Item>
              </Col>
              <Col span={2} style={{ paddingTop: 5 }}>
                {!disabled && fields.length > 1 && (
                  <MinusCircleOutlined
                    aria-label={`删除第 ${index + 1} 项指标`}
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
              disabled={disabled || fields.length >= 20}
              onClick={() => add({ name: '', weight: null, guidance: '' })}
              data-testid="indicator-add"
            >
              添加指标
            </Button>
            <WeightTotal />
          </Row>
        </Form.Item>
      )}
    </Form.List>
  );
}

function SettingsForm({ settings }: { settings: ContractSettings }) {
  const { message } = App.useApp();
  const save = useChannelMutation('contracts.saveSettings');
  const access = useChannelAccess('contracts.saveSettings');
  const { form, submitting, onFinish } = useSchemaForm<typeof contractSettingsInput, SettingsValues>({
    schema: contractSettingsInput,
    submit: async (input) => {
      await save.mutateAsync(input);
      void message.success('已保存合同设置');
    },
  });
  return (
    <Form<SettingsValues>
      form={form}
      layout="vertical"
      initialValues={settings}
      onFinish={(values) => void onFinish(values)}
      disabled={!access.allowed}
      style={{ maxWidth: 860 }}
      data-testid="contract-settings-form"
    >
      <Form.Item
        label="资格审查有效天数"
        name="checkMaxAgeDays"
        extra="签订合同时，承接主体最近一次资格审查超过此天数即提示重新审查"
      >
        <NumberInput suffix="天" style={{ width: 160 }} data-testid="contract-settings-check-days" />
      </Form.Item>
      <IndicatorsEditor disabled={!access.allowed} />
      <Form.Item
        label="评价等级对应的付款比例"
        extra="以评价为付款条件的分期，按评价等级的比例支付；0% 为评价未通过"
      >
        <Row gutter={16}>
          {grades.map((grade) => (
            <Col span={5} key={grade}>
              <Form.Item name={['coefficients', grade]} style={{ marginBottom: 0 }}>
                <NumberInput
                  addonBefore={gradeLabels[grade]}
                  suffix="%"
                  aria-label={`评价为「${gradeLabels[grade]}」的付款比例`}
                  data-testid={`coefficient-${grade}`}
                />
              </Form.Item>
            </Col>
          ))}
        </Row>
      </Form.Item>
      <ChannelButton
        channel="contracts.saveSettings"
        type="primary"
        htmlType="submit"
        icon={<SaveOutlined />}
        loading={submitting}
        data-testid="contract-settings-save"
      >
        保存
      </ChannelButton>
    </Form>
  );
}

export function ContractSettingsCard() {
  const settings = useContractSettings();
  return (
    <Card title="购买服务合同设置" style={{ marginTop: 16 }} data-testid="contract-settings">
      {settings.isError && <PageState state="error" error={settings.error} />}
      {settings.isPending ? (
        <PageState state="loading" />
      ) : settings.data ? (
        <SettingsForm key={JSON.stringify(settings.data)} settings={settings.data} />
      ) : null}
    </Card>
  );
}
