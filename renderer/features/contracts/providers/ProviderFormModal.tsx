// 新增 / 修改承接主体: every field of providers.create. The kind select offers the two bodies 第六条/第八条
// exclude as well, so choosing one shows the article at once; the identifier field follows the kind
// (统一社会信用代码 for a body, 身份证号码 for a person).
import { Col, Form, Input, Row, Select, type FormRule } from 'antd';
import type { z } from 'zod';
import {
  excludedProviderKindLabels,
  excludedProviderKinds,
  excludedProviderMessages,
  providerKindLabels,
  providerKinds,
  type Provider,
} from '../../../../shared/features/contracts/contract';
import { providerInput } from '../../../../shared/features/contracts/provider-fields';
import { useSchemaForm } from '../../../ui/forms/use-schema-form';
import { FormModal } from '../../../ui/FormModal';

type ProviderFields = z.output<typeof providerInput>;

interface ProviderFormValues {
  name: string;
  kind: string | undefined;
  uscc: string;
  idNumber: string;
  registrationAuthority: string;
  legalRepresentative: string;
  contactPerson: string;
  contactPhone: string;
  bankName: string;
  bankAccount: string;
  note: string;
}

export interface ProviderFormModalProps {
  /** The provider being corrected; a new one when absent. */
  editing?: Provider;
  onSubmit: (input: ProviderFields) => Promise<unknown>;
  onCancel: () => void;
}

const kindOptions = [
  ...providerKinds.map((value) => ({ value, label: providerKindLabels[value] })),
  ...excludedProviderKinds.map((value) => ({
    value,
    label: `${excludedProviderKindLabels[value]}（不得承接）`,
  })),
];

/** The article excluding the kind, said as soon as it is chosen (the schema says it only once the rest
 * of the form is filled in). */
const kindRules: FormRule[] = [
  {
    validator: async (_rule, value: unknown) => {
      const message = excludedProviderMessages[value as keyof typeof excludedProviderMessages];
      if (message !== undefined) throw new Error(message);
    },
  },
];

const empty: ProviderFormValues = {
  name: '',
  kind: undefined,
  uscc: '',
  idNumber: '',
  registrationAuthority: '',
  legalRepresentative: '',
  contactPerson: '',
  contactPhone: '',
  bankName: '',
  bankAccount: '',
  note: '',
};

export function ProviderFormModal({ editing, onSubmit, onCancel }: ProviderFormModalProps) {
  const { form, submitting, onFinish } = useSchemaForm<typeof providerInput, ProviderFormValues>({
    schema: providerInput,
    submit: onSubmit,
  });
  const kind = Form.useWatch('kind', form);
  const person = kind === 'individual';
  const initialValues: ProviderFormValues = editing ? { ...empty, ...editing } : empty;
  return (
    <FormModal<ProviderFormValues>
      title={editing ? `修改承接主体 ${editing.name}` : '新增承接主体'}
      form={form}
      initialValues={initialValues}
      submitting={submitting}
      onFinish={(values) => void onFinish(values)}
      onCancel={onCancel}
      testId="provider-form"
      submitText={editing ? '保存修改' : '登记'}
      width={760}
    >
      <Row gutter={16}>
        <Col span={14}>
          <Form.Item label="名称" name="name" required>
            <Input autoFocus maxLength={100} data-testid="provider-name" />
          </Form.Item>
        </Col>
        <Col span={10}>
          <Form.Item label="主体类型" name="kind" required rules={kindRules}>
            <Select options={kindOptions} placeholder="选择主体类型" data-testid="provider-kind" />
          </Form.Item>
        </Col>
      </Row>
      <Row gutter={16}>
        <Col span={12}>
          {person ? (
            <Form.Item label="身份证号码" name="idNumber" required>
              <Input maxLength={30} data-testid="provider-id-number" />
            </Form.Item>
          ) : (
            <Form.Item label="统一社会信用代码" name="uscc" required>
              <Input maxLength={30} data-testid="provider-uscc" />
            </Form.Item>
          )}
        </Col>
        <Col span={12}>
          <Form.Item label="登记管理机关" name="registrationAuthority">
            <Input maxLength={100} data-testid="provider-authority" />
          </Form.Item>
        </Col>
      </Row>
      <Row gutter={16}>
        <Col span={8}>
          <Form.Item label={person ? '负责人' : '法定代表人（负责人）'} name="legalRepresentative" required>
            <Input maxLength={50} data-testid="provider-legal-representative" />
          </Form.Item>
        </Col>
        <Col span={8}>
          <Form.Item label="联系人" name="contactPerson" required>
            <Input maxLength={50} data-testid="provider-contact-person" />
          </Form.Item>
        </Col>
        <Col span={8}>
          <Form.Item label="联系电话" name="contactPhone" required>
            <Input maxLength={30} data-testid="provider-contact-phone" />
          </Form.Item>
        </Col>
      </Row>
      <Row gutter={16}>
        <Col span={12}>
          <Form.Item label="开户银行" name="bankName" required>
            <Input maxLength={100} data-testid="provider-bank-name" />
          </Form.Item>
        </Col>
        <Col span={12}>
          <Form.Item label="银行账号" name="bankAccount" required>
            <Input maxLength={40} data-testid="provider-bank-account" />
          </Form.Item>
        </Col>
      </Row>
      <Form.Item label="备注" name="note">
        <Input.TextArea autoSize={{ minRows: 1, maxRows: 4 }} maxLength={500} data-testid="provider-note" />
      </Form.Item>
    </FormModal>
  );
}
