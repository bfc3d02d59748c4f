// 限定用途 (/fund/designations): every designation with what it received, used, released and still has
// (the totals under the table); 新增限定用途 (modal) and 解除限制 (modal: date, the donor's consent, summary;
// confirmed naming the amount it releases). A lifted designation takes nothing more.
import { PlusOutlined } from '@ant-design/icons';
import { App, Card, Form, Input, Modal, Select, Space, Table, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import dayjs from 'dayjs';
import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { formatYuan, sumFen } from '../../../../shared/domain/money';
import {
  designationTargetLabels,
  designationTargets,
  restrictionKindLabels,
  restrictionKinds,
  type DesignationTarget,
  type FundDesignationRow,
  type RestrictionKind,
} from '../../../../shared/features/fund/books/contract';
import { toApiError } from '../../../api/errors';
import { useChannelMutation } from '../../../api/mutations';
import { confirmPosting } from '../../../ui/confirm-posting';
import { DateField } from '../../../ui/DateField';
import { PageState } from '../../../ui/PageState';
import { ChannelButton } from '../../../ui/signed-in';
import { rowTestId } from '../../../ui/test-ids';
import { useToday } from '../../../ui/today';
import { useCommunities } from '../../register';
import { FundNav } from './FundNav';
import { useFundDesignations } from './queries';

const money = (fen: number) => formatYuan(fen);

function stateOf(row: FundDesignationRow) {
  if (row.lifted) return <Tag>已解除限制</Tag>;
  if (row.pendingLiftVoucherId !== null) return <Tag color="orange">解除待审核</Tag>;
  return <Tag color="green">有效</Tag>;
}

export function DesignationsPage() {
  const designations = useFundDesignations();
  const [creating, setCreating] = useState(false);
  const [lifting, setLifting] = useState<FundDesignationRow>();
  const rows = designations.data ?? [];
  const columns: ColumnsType<FundDesignationRow> = [
    { title: '名称', dataIndex: 'name', sorter: (a, b) => a.name.localeCompare(b.name, 'zh') },
    {
      title: '限定对象',
      key: 'target',
      render: (_: unknown, row) =>
        `${designationTargetLabels[row.target]}${row.target === 'community' ? `：${row.communityName ?? ''}` : row.target === 'project' ? `：${row.projectName}` : ''}`,
    },
    { title: '用途', dataIndex: 'purpose', ellipsis: true },
    {
      title: '限制类型',
      dataIndex: 'restrictionKind',
      width: 90,
      render: (kind: RestrictionKind) => restrictionKindLabels[kind],
    },
    {
      title: '可使用日期',
      dataIndex: 'usableFrom',
      width: 105,
      render: (date: string | null) => date ?? '—',
    },
    ...(['receivedFen', 'usedFen', 'releasedFen', 'availableFen'] as const).map((key) => ({
      title: { receivedFen: '已收', usedFen: '已用', releasedFen: '已解除', availableFen: '可用余额' }[key],
      dataIndex: key,
      align: 'right' as const,
      width: 115,
      sorter: (a: FundDesignationRow, b: FundDesignationRow) => a[key] - b[key],
      render: (fen: number) => money(fen),
    })),
    { title: '状态', key: 'state', width: 100, render: (_: unknown, row) => stateOf(row) },
    {
      title: '',
      key: 'actions',
      width: 90,
      render: (_: unknown, row) =>
        row.lifted ? (
          row.liftedVoucherId ? (
            <Link to={`/fund/vouchers/${row.liftedVoucherId}`}>解除凭证</Link>
          ) : null
        ) : row.pendingLiftVoucherId !== null ? (
          <Link to={`/fund/vouchers/${row.pendingLiftVoucherId}`}>待审核</Link>
        ) : (
          <ChannelButton
            channel="fund.liftDesignation"
            size="small"
            onClick={() => setLifting(row)}
            data-testid={`fund-designation-lift-${row.id}`}
          >
            解除限制
          </ChannelButton>
        ),
    },
  ];

  return (
    <>
      <FundNav />
      <Card
        title="限定用途"
        extra={
          <ChannelButton
            channel="fund.createDesignation"
            type="primary"
            icon={<PlusOutlined />}
            onClick={() => setCreating(true)}
            data-testid="fund-designation-add"
          >
            新增限定用途
          </ChannelButton>
        }
      >
        {designations.isError ? (
          <PageState state="error" error={designations.error} />
        ) : (
          <Table<FundDesignationRow>
            rowKey="id"
            size="small"
            columns={columns}
            dataSource={rows}
            loading={designations.isFetching}
            pagination={{ pageSize: 50, hideOnSinglePage: true }}
            onRow={(row) => rowTestId(`fund-designation-row-${row.id}`)}
            data-testid="fund-designation-table"
            summary={() => (
              <Table.Summary.Row>
                <Table.Summary.Cell index={0} colSpan={5}>
                  合计（{rows.length} 项）
                </Table.Summary.Cell>
                {(['receivedFen', 'usedFen', 'releasedFen', 'availableFen'] as const).map((key, i) => (
                  <Table.Summary.Cell key={key} index={5 + i} align="right">
                    <span data-testid={`fund-designation-total-${key}`}>
                      {money(sumFen(rows.map((row) => row[key])))}
                    </span>
                  </Table.Summary.Cell>
                ))}
                <Table.Summary.Cell index={9} colSpan={2} />
              </Table.Summary.Row>
            )}
          />
        )}
      </Card>
      {creating && <DesignationModal onClose={() => setCreating(false)} />}
      {lifting && <LiftModal designation={lifting} onClose={() => setLifting(undefined)} />}
    </>
  );
}

interface DesignationValues {
  name: string;
  target: DesignationTarget;
  communityId?: number;
  projectName?: string;
  purpose: string;
  restrictionKind: RestrictionKind;
  usableFrom?: dayjs.Dayjs;
}

function DesignationModal({ onClose }: { onClose: () => void }) {
  const [form] = Form.useForm<DesignationValues>();
  const create = useChannelMutation('fund.createDesignation');
  const communities = useCommunities({ status: 'active' });
  const [refusal, setRefusal] = useState<string>();
  const target = Form.useWatch('target', form);
  const restriction = Form.useWatch('restrictionKind', form);
  const onFinish = async (values: DesignationValues) => {
    try {
      await create.mutateAsync({
        name: values.name.trim(),
        target: values.target,
        communityId: values.target === 'community' ? (values.communityId ?? null) : null,
        projectName: values.target === 'project' ? (values.projectName ?? '').trim() : '',
        purpose: values.purpose.trim(),
        restrictionKind: values.restrictionKind,
        usableFrom:
          values.restrictionKind === 'time' && values.usableFrom
            ? values.usableFrom.format('YYYY-MM-DD')
            : null,
      });
      onClose();
    } catch (error) {
      setRefusal(toApiError(error).message);
    }
  };
  return (
    <Modal
      open
      title="新增限定用途"
      okText="保存"
      cancelText="取消"
      confirmLoading={create.isPending}
      onOk={() => form.submit()}
      onCancel={onClose}
      maskClosable={false}
    >
      <Form<DesignationValues>
        form={form}
        layout="vertical"
        initialValues={{ target: 'community', restrictionKind: 'use', name: '', purpose: '' }}
        onFinish={(values) => void onFinish(values)}
        data-testid="fund-designation-form"
      >
        <Form.Item
          label="限定用途名称"
          name="name"
          rules={[{ required: true, whitespace: true, message: '限定用途名称：必须填写' }]}
        >
          <Input maxLength={60} data-testid="fund-designation-name" />
        </Form.Item>
        <Form.Item label="限定对象" name="target">
          <Select
            options={designationTargets.map((value) => ({ value, label: designationTargetLabels[value] }))}
            data-testid="fund-designation-target"
          />
        </Form.Item>
        {target === 'community' && (
          <Form.Item
            label="社区"
            name="communityId"
            rules={[{ required: true, message: '社区：指定社区时必须选择社区' }]}
          >
            <Select
              showSearch={{ optionFilterProp: 'label' }}
              options={(communities.data ?? []).map((c) => ({ value: c.id, label: c.name }))}
              data-testid="fund-designation-community"
            />
          </Form.Item>
        )}
        {target === 'project' && (
          <Form.Item
            label="项目名称"
            name="projectName"
            rules={[{ required: true, whitespace: true, message: '项目名称：指定项目时必须填写' }]}
          >
            <Input maxLength={60} data-testid="fund-designation-project" />
          </Form.Item>
        )}
        <Form.Item
          label="用途说明"
          name="purpose"
          rules={[{ required: true, whitespace: true, message: '用途说明：必须填写' }]}
        >
          <Input.TextArea rows={3} maxLength={300} data-testid="fund-designation-purpose" />
        </Form.Item>
        <Form.Item label="限制类型" name="restrictionKind">
          <Select
            options={restrictionKinds.map((value) => ({ value, label: restrictionKindLabels[value] }))}
            data-testid="fund-designation-restriction"
          />
        </Form.Item>
        {restriction === 'time' && (
          <Form.Item
            label="可使用日期"
            name="usableFrom"
            rules={[{ required: true, message: '可使用日期：时间限制时必须填写' }]}
          >
            <DateField data-testid="fund-designation-usable-from" />
          </Form.Item>
        )}
        {refusal && (
          <Typography.Text type="danger" data-testid="fund-designation-refusal">
            {refusal}
          </Typography.Text>
        )}
      </Form>
    </Modal>
  );
}

function LiftModal({ designation, onClose }: { designation: FundDesignationRow; onClose: () => void }) {
  const navigate = useNavigate();
  const { modal } = App.useApp();
  const { today } = useToday();
  const lift = useChannelMutation('fund.liftDesignation');
  const [date, setDate] = useState(today);
  const [consent, setConsent] = useState('');
  const [summary, setSummary] = useState(`解除限制：${designation.name}`);
  const [refusal, setRefusal] = useState<string>();
  const ready = date !== '' && consent.trim() !== '' && summary.trim() !== '';
  const onOk = async () => {
    const ok = await confirmPosting(modal, {
      title: '解除限制？',
      content: `「${designation.name}」的可用余额 ${money(designation.availableFen)} 元将由限定性净资产转为非限定性净资产；解除后该限定用途不再接收任何款项。`,
      okText: '解除限制',
      okTestId: 'fund-designation-lift-ok',
    });
    if (!ok) return;
    try {
      const voucher = await lift.mutateAsync({
        designationId: designation.id,
        date,
        consent: consent.trim(),
        summary: summary.trim(),
      });
      onClose();
      void navigate(`/fund/vouchers/${voucher.id}`);
    } catch (error) {
      setRefusal(toApiError(error).message);
    }
  };
  return (
    <Modal
      open
      title={`解除限制：${designation.name}`}
      okText="解除限制"
      cancelText="取消"
      confirmLoading={lift.isPending}
      okButtonProps={{ disabled: !ready }}
      onOk={() => void onOk()}
      onCancel={onClose}
      maskClosable={false}
    >
      <Space orientation="vertical" style={{ width: '100%' }}>
        <Typography.Text>可用余额：{money(designation.availableFen)} 元</Typography.Text>
        <Form layout="vertical">
          <Form.Item label="解除日期" required>
            <DateField
              aria-label="解除日期"
              value={date ? dayjs(date) : null}
              allowClear={false}
              onChange={(value) => setDate(dayjs.isDayjs(value) ? value.format('YYYY-MM-DD') : '')}
              data-testid="fund-lift-date"
            />
          </Form.Item>
          <Form.Item label="捐赠方同意情况" required>
            <Input.TextArea
              aria-label="捐赠方同意情况"
              rows={3}
              maxLength={300}
              value={consent}
              onChange={(event) => setConsent(event.target.value)}
              data-testid="fund-lift-consent"
            />
          </Form.Item>
          <Form.Item label="摘要" required validateStatus={refusal ? 'error' : undefined} help={refusal}>
            <Input
              aria-label="摘要"
              maxLength={100}
              value={summary}
              onChange={(event) => setSummary(event.target.value)}
              data-testid="fund-lift-summary"
            />
          </Form.Item>
        </Form>
      </Space>
    </Modal>
  );
}
