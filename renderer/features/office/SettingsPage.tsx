// 单位设置: loads office.get and saves through office.update.
import { App, Card, Typography } from 'antd';
import { useChannelMutation } from '../../api/mutations';
import { useOffice } from './queries';
import { formatDateTime } from '../../ui/format';
import { OfficeSettingsForm } from './OfficeSettingsForm';
import { PageState } from '../../ui/PageState';
import { useChannelAccess } from '../../ui/signed-in';
import { ContractSettingsCard } from '../contracts';
import { PeopleSettingsCard } from '../people';

export function SettingsPage() {
  const { message } = App.useApp();
  const office = useOffice();
  const update = useChannelMutation('office.update');
  const updateAccess = useChannelAccess('office.update');

  return (
    <Card title="单位设置">
      {office.isError && <PageState state="error" error={office.error} />}
      {office.isPending ? (
        <PageState state="loading" />
      ) : office.data ? (
        <>
          <OfficeSettingsForm
            key={office.data.updatedAt ?? 'new'}
            settings={office.data}
            refusal={updateAccess.refusal}
            onSubmit={async (fields) => {
              await update.mutateAsync(fields);
              void message.success('已保存单位设置');
            }}
          />
          <Typography.Paragraph type="secondary" style={{ marginTop: 16 }}>
            最后修改：{formatDateTime(office.data.updatedAt)}
          </Typography.Paragraph>
        </>
      ) : null}
      <PeopleSettingsCard />
      <ContractSettingsCard />
    </Card>
  );
}
