// The provider card's forms: 登记审查 (a qualification check: 信用中国, 政府采购严重违法失信名单, the
// written declaration) and 暂停合作 (with its reason).
import { Checkbox, Col, Form, Input, Radio, Row } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import type { z } from 'zod';
import {
  qualificationResultLabels,
  qualificationResults,
} from '../../../../shared/features/contracts/contract';
import {
  providerSuspendInput,
  qualificationCheckInput,
} from '../../../../shared/features/contracts/provider-fields';
import { DateField } from '../../../ui/DateField';
import { useSchemaForm } from '../../../ui/forms/use-schema-form';
import { FormModal } from '../../../ui/FormModal';
import { useToday } from '../../../ui/today';

interface CheckValues {
  checkedOn: Dayjs | null;
  checkedBy: string;
  creditChina: string;
  procurementBlacklist: string;
  declarationReceived: boolean;
  note: string;
}

interface ModalProps<S extends z.ZodType> {
  providerId: number;
  providerName: string;
  onSubmit: (input: z.output<S>) => Promise<unknown>;
  onCancel: () => void;
}

const resultOptions = qualificationResults.map((value) => ({
  value,
  label: qualificationResultLabels[value],
}));

export function QualificationCheckModal(
  props: ModalProps<typeof qualificationCheckInput> & { actor: string },
) {
  const { today } = useToday();
  const { form, submitting, onFinish } = useSchemaForm<typeof qualificationCheckInput, CheckValues>({
    schema: qualificationCheckInput,
    toInput: (values) => ({
      ...values,
      providerId: props.providerId,
      checkedOn: values.checkedOn?.format('YYYY-MM-DD'),
    }),
    submit: props.onSubmit,
  });
  return (
    <FormModal<CheckValues>
      title={`登记资格审查：${props.providerName}`}
      form={form}
      initialValues={{
        checkedOn: dayjs(today),
        checkedBy: props.actor,
        creditChina: 'clear',
        procurementBlacklist: 'clear',
        declarationReceived: false,
        note: '',
      }}
      submitting={submitting}
      onFinish={(values) => void onFinish(values)}
      onCancel={props.onCancel}
      testId="provider-check-form"
      submitText="登记审查"
      width={620}
    >
      <Row gutter={16}>
        <Col span={12}>
          <Form.Item label="查询日期" name="checkedOn" required>
            <DateField allowClear={false} data-testid="provider-check-date" />
          </Form.Item>
        </Col>
        <Col span={12}>
          <Form.Item label="查询人" name="checkedBy" required>
            <Input maxLength={50} data-testid="provider-check-by" />
          </Form.Item>
        </Col>
      </Row>
      <Form.Item
        label="信用中国查询结果"
        name="creditChina"
        extra="www.creditchina.gov.cn：失信被执行人、重大税收违法失信主体"
      >
        <Radio.Group options={resultOptions} data-testid="provider-check-credit-china" />
      </Form.Item>
      <Form.Item
        label="政府采购严重违法失信名单查询结果"
        name="procurementBlacklist"
        extra="中国政府采购网 政府采购严重违法失信行为记录名单"
      >
        <Radio.Group options={resultOptions} data-testid="provider-check-blacklist" />
      </Form.Item>
      <Form.Item name="declarationReceived" valuePropName="checked">
        <Checkbox data-testid="provider-check-declaration">已收到近三年无重大违法记录声明</Checkbox>
      </Form.Item>
      <Form.Item label="备注" name="note">
        <Input.TextArea
          autoSize={{ minRows: 1, maxRows: 3 }}
          maxLength={500}
          data-testid="provider-check-note"
        />
      </Form.Item>
    </FormModal>
  );
}

export function SuspendProviderModal(props: ModalProps<typeof providerSuspendInput>) {
  const { form, submitting, onFinish } = useSchemaForm<typeof providerSuspendInput, { reason: string }>({
    schema: providerSuspendInput,
    toInput: (values) => ({ id: props.providerId, reason: values.reason }),
    submit: props.onSubmit,
  });
  return (
    <FormModal<{ reason: string }>
      title={`暂停合作：${props.providerName}`}
      form={form}
      initialValues={{ reason: '' }}
      submitting={submitting}
      onFinish={(values) => void onFinish(values)}
      onCancel={props.onCancel}
      testId="provider-suspend-form"
      submitText="暂停合作"
    >
      <Form.Item label="暂停理由" name="reason" required extra="暂停期间不能与其签订新的合同">
        <Input.TextArea
          autoFocus
          autoSize={{ minRows: 2, maxRows: 5 }}
          maxLength={500}
          data-testid="provider-suspend-reason"
        />
      </Form.Item>
    </FormModal>
  );
}
