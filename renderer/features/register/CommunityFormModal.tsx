// 新增 / 编辑社区: the register fields of one community, checked with the contract's communityInput.
import { Form, Input, Switch } from 'antd';
import { communityInput, type Community } from '../../../shared/features/register/contract';
import type { z } from 'zod';
import { NumberInput, type NumberFieldValue } from '../../ui/forms/NumberInput';
import { useSchemaForm } from '../../ui/forms/use-schema-form';
import { FormModal } from '../../ui/FormModal';

export type CommunityFields = z.output<typeof communityInput>;

interface CommunityFormValues {
  name: string;
  code: string;
  address: string;
  floorAreaM2: NumberFieldValue;
  isPilot: boolean;
}

export interface CommunityFormModalProps {
  /** The community being edited; absent when adding one. */
  community?: Community;
  onSubmit: (fields: CommunityFields) => Promise<unknown>;
  onCancel: () => void;
}

function initialValuesOf(community?: Community): CommunityFormValues {
  return {
    name: community?.name ?? '',
    code: community?.code ?? '',
    address: community?.address ?? '',
    floorAreaM2: community?.floorAreaM2 ?? null,
    isPilot: community?.isPilot ?? false,
  };
}

export function CommunityFormModal({ community, onSubmit, onCancel }: CommunityFormModalProps) {
  const { form, submitting, onFinish } = useSchemaForm<typeof communityInput, CommunityFormValues>({
    schema: communityInput,
    submit: onSubmit,
  });
  return (
    <FormModal<CommunityFormValues>
      title={community ? `编辑社区：${community.name}` : '新增社区'}
      form={form}
      initialValues={initialValuesOf(community)}
      submitting={submitting}
      onFinish={onFinish}
      onCancel={onCancel}
      testId="community-form"
    >
      <Form.Item label="社区名称" name="name" required>
        <Input autoFocus maxLength={50} data-testid="community-name-input" />
      </Form.Item>
      <Form.Item label="社区代码" name="code" extra="数字、字母和连字符，可不填">
        <Input maxLength={30} data-testid="community-code-input" />
      </Form.Item>
      <Form.Item label="地址" name="address">
        <Input maxLength={200} data-testid="community-address-input" />
      </Form.Item>
      <Form.Item label="办公及公益用房面积(平方米)" name="floorAreaM2" required>
        <NumberInput suffix="平方米" data-testid="community-floor-area-input" />
      </Form.Item>
      <Form.Item label="试点社区" name="isPilot" valuePropName="checked">
        <Switch checkedChildren="是" unCheckedChildren="否" data-testid="community-pilot-switch" />
      </Form.Item>
    </FormModal>
  );
}
