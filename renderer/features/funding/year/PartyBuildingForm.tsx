// 党建工作经费 (draft only): an entered amount and the party organisations it covers; no formula.
import { SaveOutlined } from '@ant-design/icons';
import { Form, Input } from 'antd';
import { ChannelButton } from '../../../ui/signed-in';
import type { z } from 'zod';
import { partyBuildingInput, type AllocationLine } from '../../../../shared/features/funding/contract';
import { useSchemaForm } from '../../../ui/forms/use-schema-form';
import { fenOfText, textOfFen, yuanRules } from '../../../ui/forms/yuan-field';

export type PartyBuildingFields = z.output<typeof partyBuildingInput>;

interface PartyBuildingFormValues {
  /** Typed in yuan; sent as fen. */
  amountFen: string;
  organisations: string;
}

export interface PartyBuildingFormProps {
  line: AllocationLine;
  onSubmit: (fields: PartyBuildingFields) => Promise<unknown>;
}

export function PartyBuildingForm({ line, onSubmit }: PartyBuildingFormProps) {
  const { form, submitting, onFinish } = useSchemaForm<typeof partyBuildingInput, PartyBuildingFormValues>({
    schema: partyBuildingInput,
    toInput: (values) => ({
      year: line.year,
      communityId: line.communityId,
      amountFen: fenOfText(values.amountFen),
      organisations: values.organisations,
    }),
    submit: onSubmit,
  });
  return (
    <Form<PartyBuildingFormValues>
      form={form}
      layout="vertical"
      initialValues={{ amountFen: textOfFen(line.amountFen), organisations: line.partyOrganisations }}
      onFinish={(values) => void onFinish(values)}
      autoComplete="off"
      style={{ marginTop: 12 }}
      data-testid="party-building-form"
    >
      <Form.Item label="党建工作经费" name="amountFen" rules={yuanRules} required>
        <Input suffix="元" inputMode="decimal" data-testid="party-building-amount" />
      </Form.Item>
      <Form.Item
        label="涵盖的党组织"
        name="organisations"
        required
        extra="社区党组织和小区党支部，如：社区党委、××小区党支部"
      >
        <Input.TextArea rows={2} maxLength={300} data-testid="party-building-organisations" />
      </Form.Item>
      <ChannelButton
        channel="funding.setPartyBuilding"
        type="primary"
        htmlType="submit"
        icon={<SaveOutlined />}
        loading={submitting}
        data-testid="party-building-submit"
      >
        保存党建工作经费
      </ChannelButton>
    </Form>
  );
}
