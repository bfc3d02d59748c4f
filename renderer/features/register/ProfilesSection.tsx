// 年度情况 of one community: pick a saved year or start a new one, edit it, and see the server's
// compliance verdicts for the saved year.
import { PlusOutlined } from '@ant-design/icons';
import { App, Card, Col, Empty, Row, Select, Space, Typography } from 'antd';
import { ChannelButton } from '../../ui/signed-in';
import { useState } from 'react';
import type { CommunityDetail } from '../../../shared/features/register/contract';
import { useChannelMutation } from '../../api/mutations';
import { ComplianceFlags, HouseholdsByType } from './ComplianceFlags';
import { ProfileForm, type ProfileFormValues } from './ProfileForm';
import { courtyardsForProfile, nextProfileYear, valuesOfNewYear, valuesOfProfile } from './profile-values';
import { useToday } from '../../ui/today';

const draftOption = 'draft';

export function ProfilesSection({ detail }: { detail: CommunityDetail }) {
  const { message } = App.useApp();
  const { community, courtyards, profiles } = detail;
  const save = useChannelMutation('profiles.save');
  const thisYear = useToday().year;
  const years = profiles.map((profile) => profile.year).sort((a, b) => b - a);
  const [selectedYear, setSelectedYear] = useState<number | null>(null);
  const [draft, setDraft] = useState<{ values: ProfileFormValues; serial: number } | null>(null);

  const shownYear = draft
    ? null
    : ((selectedYear !== null && years.includes(selectedYear) ? selectedYear : years[0]) ?? null);
  const profile = profiles.find((candidate) => candidate.year === shownYear);
  const latest = profiles.find((candidate) => candidate.year === years[0]);
  const formCourtyards = courtyardsForProfile(courtyards, draft ? undefined : profile);

  function startNewYear(): void {
    const year = nextProfileYear(years, thisYear);
    setDraft({ values: valuesOfNewYear(year, latest, formCourtyards), serial: (draft?.serial ?? 0) + 1 });
  }

  const yearOptions = [
    ...(draft ? [{ value: draftOption, label: `${draft.values.year ?? ''} 年度（未保存）` }] : []),
    ...years.map((year) => ({ value: String(year), label: `${year} 年度` })),
  ];

  const picker = (
    <Space>
      <Select
        aria-label="选择年度"
        style={{ width: 180 }}
        placeholder="尚无年度"
        value={draft ? draftOption : shownYear === null ? undefined : String(shownYear)}
        options={yearOptions}
        onChange={(value: string) => {
          if (value === draftOption) return;
          setDraft(null);
          setSelectedYear(Number(value));
        }}
        data-testid="profile-year-select"
      />
      <ChannelButton
        channel="profiles.save"
        icon={<PlusOutlined />}
        onClick={startNewYear}
        data-testid="profile-add-year"
      >
        新增年度
      </ChannelButton>
    </Space>
  );

  const formValues = draft ? draft.values : profile ? valuesOfProfile(profile, formCourtyards) : null;
  const formKey = draft
    ? `draft-${draft.serial}`
    : `${shownYear}-${profile?.updatedAt}-${formCourtyards.map((courtyard) => courtyard.id).join(',')}`;

  return (
    <Card title="年度情况" extra={picker} data-testid="profile-card">
      {formValues === null ? (
        <Empty description="尚未填报年度情况，点击「新增年度」开始填报" />
      ) : (
        <Row gutter={24}>
          <Col xs={24} xl={16}>
            {draft && latest && (
              <Typography.Paragraph type="secondary">
                已按 {latest.year} 年度情况预填，请核对后保存。
              </Typography.Paragraph>
            )}
            <ProfileForm
              key={formKey}
              communityId={community.id}
              courtyards={formCourtyards}
              initialValues={formValues}
              yearEditable={draft !== null}
              existingYears={years}
              onSubmit={async (fields) => {
                await save.mutateAsync(fields);
                setDraft(null);
                setSelectedYear(fields.year);
                void message.success(`已保存 ${fields.year} 年度情况`);
              }}
            />
          </Col>
          <Col xs={24} xl={8}>
            <Typography.Title level={5}>
              合规检查{profile && !draft ? `（${profile.year} 年度）` : ''}
            </Typography.Title>
            {profile && !draft ? (
              <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
                <ComplianceFlags flags={profile.compliance} />
                <Typography.Title level={5}>按院落类型汇总户数</Typography.Title>
                <HouseholdsByType householdsByType={profile.householdsByType} />
              </Space>
            ) : (
              <Typography.Text type="secondary">保存后显示合规检查结果。</Typography.Text>
            )}
          </Col>
        </Row>
      )}
    </Card>
  );
}
