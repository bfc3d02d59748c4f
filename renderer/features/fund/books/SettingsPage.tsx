// 基金设置 (/fund/settings): the fund's name, host, USCC, agreement, bank account, opening date and the
// 管委会 (editable rows); 管理员 edits, the others read. The opening voucher (期初凭证) is drafted with the
// general form (kind 'opening') and linked here.
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { App, Alert, Button, Card, Col, Form, Input, Row, Select, Space } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import {
  committeeDuties,
  committeeDutyLabels,
  type CommitteeDuty,
  type FundSettings,
} from '../../../../shared/features/fund/books/contract';
import { toApiError } from '../../../api/errors';
import { useChannelMutation } from '../../../api/mutations';
import { DateField } from '../../../ui/DateField';
import { PageState } from '../../../ui/PageState';
import { ChannelButton, useMayCall } from '../../../ui/signed-in';
import { FundNav } from './FundNav';
import { useFundSettings } from './queries';

interface SettingsValues {
  fundName: string;
  hostName: string;
  hostUscc: string;
  agreementNumber: string;
  bankName: string;
  accountName: string;
  accountNumber: string;
  openingDate: dayjs.Dayjs | null;
  committee: { name: string; duty: CommitteeDuty; affiliation: string; phone: string }[];
}

function valuesOf(settings: FundSettings | null): SettingsValues {
  return {
    fundName: settings?.fundName ?? '',
    hostName: settings?.hostName ?? '',
    hostUscc: settings?.hostUscc ?? '',
    agreementNumber: settings?.agreementNumber ?? '',
    bankName: settings?.bankName ?? '',
    accountName: settings?.accountName ?? '',
    accountNumber: settings?.accountNumber ?? '',
    openingDate: settings ? dayjs(settings.openingDate) : null,
    committee: (settings?.committee ?? []).map((member) => ({ ...member })),
  };
}

const required = (label: string) => [{ required: true, whitespace: true, message: `${label}：必须填写` }];

export function SettingsPage() {
  const settings = useFundSettings();
  if (settings.isError) return <PageState state="error" error={settings.error} />;
  if (settings.data === undefined) return <PageState state="loading" />;
  return (
    <>
      <FundNav />
      <SettingsForm settings={settings.data.settings} />
    </>
  );
}

function SettingsForm({ settings }: { settings: FundSettings | null }) {
  const navigate = useNavigate();
  const { message } = App.useApp();
  const [form] = Form.useForm<SettingsValues>();
  const save = useChannelMutation('fund.saveSettings');
  const mayEdit = useMayCall('fund.saveSettings');
  const [refusal, setRefusal] = useState<string>();
  const onFinish = async (values: SettingsValues) => {
    setRefusal(undefined);
    try {
      await save.mutateAsync({
        fundName: values.fundName.trim(),
        hostName: values.hostName.trim(),
        hostUscc: values.hostUscc.trim(),
        agreementNumber: (values.agreementNumber ?? '').trim(),
        bankName: values.bankName.trim(),
        accountName: values.accountName.trim(),
        accountNumber: values.accountNumber.trim(),
        openingDate: values.openingDate ? values.openingDate.format('YYYY-MM-DD') : '',
        committee: (values.committee ?? []).map((member) => ({
          name: (member.name ?? '').trim(),
          duty: member.duty,
          affiliation: (member.affiliation ?? '').trim(),
          phone: (member.phone ?? '').trim(),
        })),
      });
      void message.success('基金设置已保存');
    } catch (error) {
      setRefusal(toApiError(error).message);
    }
  };
  const text = (label: string, name: keyof SettingsValues, isRequired = true, max = 60) => (
    <Form.Item label={label} name={name} rules={isRequired ? required(label) : undefined}>
      <Input maxLength={max} disabled={!mayEdit} data-testid={`fund-settings-${name}`} />
    </Form.Item>
  );
  return (
    <Card
      title="基金设置"
      extra={
        settings?.openingVoucherId ? (
          <Link
            to={`/fund/vouchers/${settings.openingVoucherId}`}
            data-testid="fund-settings-opening-voucher"
          >
            期初凭证
          </Link>
        ) : settings ? (
          <ChannelButton
            channel="fund.createVoucher"
            onClick={() => void navigate('/fund/vouchers/new?kind=opening')}
            data-testid="fund-settings-create-opening"
          >
            录入期初凭证
          </ChannelButton>
        ) : null
      }
    >
      {!settings && (
        <Alert
          type="info"
          showIcon
          title="尚未设置基金：请管理员填写以下内容后保存。"
          style={{ marginBottom: 16 }}
        />
      )}
      <Form<SettingsValues>
        form={form}
        layout="vertical"
        initialValues={valuesOf(settings)}
        onFinish={(values) => void onFinish(values)}
        autoComplete="off"
        data-testid="fund-settings-form"
      >
        <Row gutter={16}>
          <Col span={8}>{text('基金名称', 'fundName')}</Col>
          <Col span={8}>{text('托管机构名称', 'hostName')}</Col>
          <Col span={8}>{text('托管机构统一社会信用代码', 'hostUscc', true, 30)}</Col>
          <Col span={8}>{text('托管协议编号', 'agreementNumber', false)}</Col>
          <Col span={8}>{text('开户银行', 'bankName')}</Col>
          <Col span={8}>{text('账户名称', 'accountName')}</Col>
          <Col span={8}>{text('银行账号', 'accountNumber', true, 40)}</Col>
          <Col span={8}>
            <Form.Item
              label="建账日期"
              name="openingDate"
              rules={[{ required: true, message: '建账日期：必须填写' }]}
              extra={settings?.hasVouchers ? '已有凭证，建账日期不能再修改' : undefined}
            >
              <DateField
                allowClear={false}
                disabled={!mayEdit || settings?.hasVouchers === true}
                data-testid="fund-settings-openingDate"
              />
            </Form.Item>
          </Col>
        </Row>
        <Form.List name="committee">
          {(fields, { add, remove }) => (
            <Card size="small" title="管委会成员" data-testid="fund-settings-committee">
              {fields.map((field, index) => (
                <Row gutter={8} key={field.key} data-testid={`fund-committee-${index + 1}`}>
                  <Col span={5}>
                    <Form.Item
                      label={index === 0 ? '姓名' : undefined}
                      name={[field.name, 'name']}
                      rules={required('管委会成员姓名')}
                    >
                      <Input aria-label={`第 ${index + 1} 位成员姓名`} maxLength={30} disabled={!mayEdit} />
                    </Form.Item>
                  </Col>
                  <Col span={4}>
                    <Form.Item label={index === 0 ? '职务' : undefined} name={[field.name, 'duty']}>
                      <Select
                        aria-label={`第 ${index + 1} 位成员职务`}
                        disabled={!mayEdit}
                        options={committeeDuties.map((value) => ({
                          value,
                          label: committeeDutyLabels[value],
                        }))}
                      />
                    </Form.Item>
                  </Col>
                  <Col span={8}>
                    <Form.Item
                      label={index === 0 ? '所在单位' : undefined}
                      name={[field.name, 'affiliation']}
                    >
                      <Input
                        aria-label={`第 ${index + 1} 位成员所在单位`}
                        maxLength={60}
                        disabled={!mayEdit}
                      />
                    </Form.Item>
                  </Col>
                  <Col span={5}>
                    <Form.Item label={index === 0 ? '联系电话' : undefined} name={[field.name, 'phone']}>
                      <Input
                        aria-label={`第 ${index + 1} 位成员联系电话`}
                        maxLength={20}
                        disabled={!mayEdit}
                      />
                    </Form.Item>
                  </Col>
                  <Col span={2}>
                    <Button
                      type="text"
                      icon={<DeleteOutlined />}
                      aria-label={`删除第 ${index + 1} 位成员`}
                      disabled={!mayEdit}
                      onClick={() => remove(field.name)}
                      style={{ marginTop: index === 0 ? 30 : 0 }}
                    />
                  </Col>
                </Row>
              ))}
              <Button
                icon={<PlusOutlined />}
                disabled={!mayEdit}
                onClick={() => add({ name: '', duty: 'member', affiliation: '', phone: '' })}
                data-testid="fund-committee-add"
              >
                添加成员
              </Button>
            </Card>
          )}
        </Form.List>
        {refusal && (
          <Alert
            type="error"
            showIcon
            title={refusal}
            style={{ marginTop: 16 }}
            data-testid="fund-settings-refusal"
          />
        )}
        {mayEdit && (
          <Space style={{ marginTop: 16 }}>
            <Button
              type="primary"
              htmlType="submit"
              loading={save.isPending}
              data-testid="fund-settings-save"
            >
              保存
            </Button>
          </Space>
        )}
      </Form>
    </Card>
  );
}
