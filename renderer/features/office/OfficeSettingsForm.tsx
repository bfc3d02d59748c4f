// 单位设置: the office's name and contacts, printed on every notice and report.
import { SaveOutlined } from '@ant-design/icons';
import { Button, Form, Input } from 'antd';
import { RefusalTip } from '../../ui/signed-in';
import type { z } from 'zod';
import { officeSettingsInput, type OfficeSettings } from '../../../shared/contract/office';
import { useSchemaForm } from '../../ui/forms/use-schema-form';

export type OfficeSettingsFields = z.output<typeof officeSettingsInput>;
type OfficeSettingsValues = Omit<OfficeSettings, 'updatedAt'>;

export interface OfficeSettingsFormProps {
  settings: OfficeSettings;
  onSubmit: (fields: OfficeSettingsFields) => Promise<unknown>;
  /** Who may change the settings, when the signed-in user may not: the form is read-only. */
  refusal: string | undefined;
}

export function OfficeSettingsForm({ settings, onSubmit, refusal }: OfficeSettingsFormProps) {
  const { form, submitting, onFinish } = useSchemaForm<typeof officeSettingsInput, OfficeSettingsValues>({
    schema: officeSettingsInput,
    submit: onSubmit,
  });
  const initialValues: OfficeSettingsValues = {
    officeName: settings.officeName,
    district: settings.district,
    contactPerson: settings.contactPerson,
    contactPhone: settings.contactPhone,
    supervisionPhone: settings.supervisionPhone,
  };
  return (
    <Form<OfficeSettingsValues>
      form={form}
      layout="vertical"
      initialValues={initialValues}
      onFinish={onFinish}
      autoComplete="off"
      disabled={refusal !== undefined}
      style={{ maxWidth: 560 }}
      data-testid="office-form"
    >
      <Form.Item
        label="街道办事处名称"
        name="officeName"
        required
        extra="印在公示和报表上，例如：官渡区××街道办事处"
      >
        <Input autoFocus maxLength={60} data-testid="office-name-input" />
      </Form.Item>
      <Form.Item label="所属区县" name="district">
        <Input maxLength={60} data-testid="office-district-input" />
      </Form.Item>
      <Form.Item label="联系人" name="contactPerson">
        <Input maxLength={30} data-testid="office-contact-person-input" />
      </Form.Item>
      <Form.Item label="联系电话" name="contactPhone">
        <Input maxLength={30} data-testid="office-contact-phone-input" />
      </Form.Item>
      <Form.Item label="监督电话" name="supervisionPhone" extra="公示中供群众反映意见的电话">
        <Input maxLength={30} data-testid="office-supervision-phone-input" />
      </Form.Item>
      <RefusalTip refusal={refusal}>
        <Button
          type="primary"
          htmlType="submit"
          icon={<SaveOutlined />}
          loading={submitting}
          data-testid="office-save"
        >
          保存
        </Button>
      </RefusalTip>
    </Form>
  );
}
