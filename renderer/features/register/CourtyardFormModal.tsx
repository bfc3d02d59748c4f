// 新增 / 编辑院落: a courtyard's name and type. The caller adds the community or courtyard id.
import { Form, Input, Select } from 'antd';
import type { z } from 'zod';
import {
  courtyardTypeLabels,
  courtyardTypes,
  courtyardUpdateInput,
  type Courtyard,
  type CourtyardType,
} from '../../../shared/features/register/contract';
import { useSchemaForm } from '../../ui/forms/use-schema-form';
import { FormModal } from '../../ui/FormModal';

/** The fields both channels share; checked with the contract's own field schemas. */
const courtyardFields = courtyardUpdateInput.pick({ name: true, type: true });
export type CourtyardFields = z.output<typeof courtyardFields>;

interface CourtyardFormValues {
  name: string;
  type: CourtyardType | undefined;
}

export const courtyardTypeOptions = courtyardTypes.map((type) => ({
  value: type,
  label: courtyardTypeLabels[type],
}));

export interface CourtyardFormModalProps {
  courtyard?: Courtyard;
  onSubmit: (fields: CourtyardFields) => Promise<unknown>;
  onCancel: () => void;
}

export function CourtyardFormModal({ courtyard, onSubmit, onCancel }: CourtyardFormModalProps) {
  const { form, submitting, onFinish } = useSchemaForm<typeof courtyardFields, CourtyardFormValues>({
    schema: courtyardFields,
    submit: onSubmit,
  });
  return (
    <FormModal<CourtyardFormValues>
      title={courtyard ? `编辑院落：${courtyard.name}` : '新增院落'}
      form={form}
      initialValues={{ name: courtyard?.name ?? '', type: courtyard?.type ?? 'self_governed' }}
      submitting={submitting}
      onFinish={onFinish}
      onCancel={onCancel}
      testId="courtyard-form"
      width={480}
    >
      <Form.Item label="院落名称" name="name" required>
        <Input autoFocus maxLength={50} data-testid="courtyard-name-input" />
      </Form.Item>
      <Form.Item label="院落类型" name="type" required>
        <Select options={courtyardTypeOptions} data-testid="courtyard-type-select" />
      </Form.Item>
    </FormModal>
  );
}
