// 岗位设置 on the 单位设置 page: 一人岗 (the separation of duties waived, printed on the documents) and
// the idle sign-out. 管理员 changes them; everyone else sees them read-only.
import { SaveOutlined } from '@ant-design/icons';
import { App, Card, Form, Switch, Typography } from 'antd';
import { peopleSettingsInput, type PeopleSettings } from '../../../shared/contract/people';
import { useChannelMutation } from '../../api/mutations';
import { NumberInput, type NumberFieldValue } from '../../ui/forms/NumberInput';
import { useSchemaForm } from '../../ui/forms/use-schema-form';
import { PageState } from '../../ui/PageState';
import { ChannelButton, useChannelAccess } from '../../ui/signed-in';
import { usePeopleSettings } from './queries';

const singlePersonPostHelp =
  '单位仅一人时开启：制单人可审核自己编制的记录，相关单据打印“一人岗，未经他人审核”';

interface SettingsValues {
  singlePersonPost: boolean;
  idleMinutes: NumberFieldValue;
}

/** 一人岗's switch: turning it on is asked first, turning it off is not. */
function SinglePersonPostSwitch({
  value,
  onChange,
  disabled,
}: {
  value?: boolean;
  onChange?: (value: boolean) => void;
  disabled: boolean;
}) {
  const { modal } = App.useApp();
  const change = (checked: boolean) => {
    if (!checked) return onChange?.(false);
    modal.confirm({
      title: '开启一人岗？',
      content:
        '开启后，同一人可以编制并审核同一条记录，审批表、公示等单据将打印“一人岗，未经他人审核”。仅在单位只有一人办理时开启。',
      okText: '开启一人岗',
      cancelText: '取消',
      onOk: () => onChange?.(true),
    });
  };
  return (
    <Switch
      checked={value ?? false}
      onChange={change}
      disabled={disabled}
      checkedChildren="开"
      unCheckedChildren="关"
      data-testid="single-person-post-switch"
    />
  );
}

function PeopleSettingsForm({ settings }: { settings: PeopleSettings }) {
  const { message } = App.useApp();
  const save = useChannelMutation('people.saveSettings');
  const access = useChannelAccess('people.saveSettings');
  const { form, submitting, onFinish } = useSchemaForm<typeof peopleSettingsInput, SettingsValues>({
    schema: peopleSettingsInput,
    submit: async (input) => {
      await save.mutateAsync(input);
      void message.success('已保存岗位设置');
    },
  });
  return (
    <Form<SettingsValues>
      form={form}
      layout="vertical"
      initialValues={settings}
      onFinish={onFinish}
      disabled={!access.allowed}
      style={{ maxWidth: 560 }}
      data-testid="people-settings-form"
    >
      <Form.Item label="一人岗" name="singlePersonPost" extra={singlePersonPostHelp}>
        <SinglePersonPostSwitch disabled={!access.allowed} />
      </Form.Item>
      <Form.Item
        label="无操作自动退出（分钟）"
        name="idleMinutes"
        extra="5–240 分钟；超过这段时间无键盘或鼠标操作即退出登录"
      >
        <NumberInput suffix="分钟" style={{ width: 160 }} data-testid="idle-minutes-input" />
      </Form.Item>
      <ChannelButton
        channel="people.saveSettings"
        type="primary"
        htmlType="submit"
        icon={<SaveOutlined />}
        loading={submitting}
        data-testid="people-settings-save"
      >
        保存
      </ChannelButton>
    </Form>
  );
}

export function PeopleSettingsCard() {
  const settings = usePeopleSettings();
  return (
    <Card title="岗位设置" style={{ marginTop: 16 }} data-testid="people-settings">
      {settings.isError && <PageState state="error" error={settings.error} />}
      {settings.isPending ? (
        <PageState state="loading" />
      ) : settings.data ? (
        <>
          <PeopleSettingsForm key={JSON.stringify(settings.data)} settings={settings.data} />
          {settings.data.singlePersonPost && (
            <Typography.Paragraph
              type="warning"
              style={{ marginTop: 16, marginBottom: 0 }}
              data-testid="single-person-post-on"
            >
              一人岗已开启：制单与审核可为同一人，相关单据注明“一人岗，未经他人审核”。
            </Typography.Paragraph>
          )}
        </>
      ) : null}
    </Card>
  );
}
