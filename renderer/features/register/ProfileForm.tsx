// 年度情况: one year's households, staffing and courtyard households of a community, saved with
// profiles.save (an upsert by community and year). The courtyard sum is shown live against 总户数.
import { SaveOutlined } from '@ant-design/icons';
import { Col, Divider, Form, Input, Row, Space, Switch, Tag, Typography } from 'antd';
import { ChannelButton } from '../../ui/signed-in';
import type { z } from 'zod';
import {
  courtyardTypeLabels,
  profileInput,
  type Courtyard,
} from '../../../shared/features/register/contract';
import { NumberInput, type NumberFieldValue } from '../../ui/forms/NumberInput';
import { useSchemaForm } from '../../ui/forms/use-schema-form';

export type ProfileFields = z.output<typeof profileInput>;

export interface ProfileFormValues {
  year: NumberFieldValue;
  totalHouseholds: NumberFieldValue;
  socialWorkers: NumberFieldValue;
  committeeDirectors: NumberFieldValue;
  committeeDeputies: NumberFieldValue;
  committeeMembers: NumberFieldValue;
  directorName: string;
  secretaryIsDirector: boolean;
  /** One entry per courtyard in `courtyards`, same order. */
  courtyardHouseholds: { households: NumberFieldValue }[];
}

export interface ProfileFormProps {
  communityId: number;
  courtyards: Courtyard[];
  initialValues: ProfileFormValues;
  /** Only a new (unsaved) year may change its year: saving upserts by year. */
  yearEditable: boolean;
  existingYears: number[];
  onSubmit: (fields: ProfileFields) => Promise<unknown>;
}

/** A count typed so far, or 0 while the field holds no number (the live sum below). */
const countOf = (value: NumberFieldValue | undefined) => (typeof value === 'number' ? value : 0);

export function ProfileForm(props: ProfileFormProps) {
  const { communityId, courtyards, initialValues, yearEditable, existingYears } = props;
  const { form, submitting, onFinish } = useSchemaForm({
    schema: profileInput,
    toInput: (values: ProfileFormValues) => ({
      ...values,
      communityId,
      courtyardHouseholds: courtyards.map((courtyard, index) => ({
        courtyardId: courtyard.id,
        households: values.courtyardHouseholds[index]?.households ?? null,
      })),
    }),
    submit: props.onSubmit,
  });
  const year = Form.useWatch('year', form);
  const totalHouseholds = countOf(Form.useWatch('totalHouseholds', form));
  const secretaryIsDirector = Form.useWatch('secretaryIsDirector', form) ?? false;
  const courtyardValues = Form.useWatch('courtyardHouseholds', form) ?? [];
  const courtyardSum = courtyardValues.reduce((sum, entry) => sum + countOf(entry?.households), 0);
  const difference = totalHouseholds - courtyardSum;
  const overwrites = yearEditable && typeof year === 'number' && existingYears.includes(year);

  return (
    <Form<ProfileFormValues>
      form={form}
      layout="vertical"
      initialValues={initialValues}
      onFinish={onFinish}
      autoComplete="off"
      data-testid="profile-form"
    >
      <Row gutter={16}>
        <Col xs={24} md={8}>
          <Form.Item
            label="年度"
            name="year"
            required
            validateStatus={overwrites ? 'warning' : undefined}
            help={overwrites ? '该年度已有记录，保存将覆盖原记录' : undefined}
          >
            <NumberInput disabled={!yearEditable} suffix="年" data-testid="profile-year-input" />
          </Form.Item>
        </Col>
        <Col xs={24} md={8}>
          <Form.Item label="总户数" name="totalHouseholds" required>
            <NumberInput suffix="户" data-testid="profile-total-households-input" />
          </Form.Item>
        </Col>
        <Col xs={24} md={8}>
          <Form.Item label="专业社工人数" name="socialWorkers" required extra="标准：3—5 名">
            <NumberInput suffix="名" data-testid="profile-social-workers-input" />
          </Form.Item>
        </Col>
        <Col xs={24} md={8}>
          <Form.Item label="居委会主任人数" name="committeeDirectors" required extra="标准：1 名">
            <NumberInput data-testid="profile-committee-directors-input" />
          </Form.Item>
        </Col>
        <Col xs={24} md={8}>
          <Form.Item label="居委会副主任人数" name="committeeDeputies" required extra="标准：2 名">
            <NumberInput data-testid="profile-committee-deputies-input" />
          </Form.Item>
        </Col>
        <Col xs={24} md={8}>
          <Form.Item label="居委会委员人数" name="committeeMembers" required extra="标准：6 名">
            <NumberInput data-testid="profile-committee-members-input" />
          </Form.Item>
        </Col>
        <Col xs={24} md={8}>
          <Form.Item label="居委会主任姓名" name="directorName">
            <Input maxLength={30} data-testid="profile-director-name-input" />
          </Form.Item>
        </Col>
        <Col xs={24} md={16}>
          <Form.Item label="书记兼任主任">
            <Space>
              <Form.Item name="secretaryIsDirector" valuePropName="checked" noStyle>
                <Switch
                  checkedChildren="是"
                  unCheckedChildren="否"
                  aria-label="书记兼任主任"
                  data-testid="profile-secretary-switch"
                />
              </Form.Item>
              {secretaryIsDirector && (
                <Tag color="orange" data-testid="secretary-uplift-tag">
                  绩效考核兑现上浮 30%
                </Tag>
              )}
            </Space>
          </Form.Item>
        </Col>
      </Row>

      <Divider titlePlacement="start">院落户数</Divider>
      {courtyards.length === 0 ? (
        <Typography.Paragraph type="secondary">尚未登记在册院落，请先在「院落」中新增。</Typography.Paragraph>
      ) : (
        <Row gutter={16}>
          {courtyards.map((courtyard, index) => (
            <Col xs={24} md={8} key={courtyard.id}>
              <Form.Item
                label={`${courtyard.name}（${courtyardTypeLabels[courtyard.type]}${courtyard.status === 'archived' ? '，已归档' : ''}）`}
                name={['courtyardHouseholds', index, 'households']}
                required
              >
                <NumberInput suffix="户" data-testid={`courtyard-households-input-${courtyard.id}`} />
              </Form.Item>
            </Col>
          ))}
        </Row>
      )}
      <Space wrap style={{ marginBottom: 16 }} data-testid="courtyard-households-sum">
        <Typography.Text>
          院落户数合计 <strong data-testid="courtyard-households-sum-value">{courtyardSum}</strong> 户，总户数{' '}
          <strong>{totalHouseholds}</strong> 户
        </Typography.Text>
        {difference === 0 ? (
          <Tag color="success">一致</Tag>
        ) : (
          <Tag color="error" data-testid="courtyard-households-difference">
            {difference > 0 ? `院落合计少 ${difference} 户` : `院落合计多 ${-difference} 户`}
          </Tag>
        )}
      </Space>
      <div>
        <ChannelButton
          channel="profiles.save"
          type="primary"
          htmlType="submit"
          icon={<SaveOutlined />}
          loading={submitting}
          data-testid="profile-save"
        >
          保存年度情况
        </ChannelButton>
      </div>
    </Form>
  );
}
