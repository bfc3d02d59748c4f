// One provider (/providers/:id): its details, 资格审查 records with 登记审查, the warning a contract signed
// today would carry, its contracts (history), and 修改 / 暂停合作 / 恢复合作.
import { ArrowLeftOutlined } from '@ant-design/icons';
import { Alert, App, Card, Descriptions, Space, Table } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import {
  qualificationResultLabels,
  type ProviderCard,
  type ProviderContract,
  type QualificationCheck,
} from '../../../../shared/features/contracts/contract';
import { useChannelMutation } from '../../../api/mutations';
import { formatDateTime } from '../../../ui/format';
import { PageState } from '../../../ui/PageState';
import { ChannelButton, useSignedInUser } from '../../../ui/signed-in';
import {
  ContractStateTag,
  GradeTag,
  providerIdentifier,
  providerKindText,
  ProviderStatusTag,
  yuanCell,
} from '../contract-format';
import { useProvider } from '../queries';
import { ProviderFormModal } from './ProviderFormModal';
import { QualificationCheckModal, SuspendProviderModal } from './ProviderModals';

type Step = 'edit' | 'check' | 'suspend';

const checkColumns: ColumnsType<QualificationCheck> = [
  { title: '查询日期', dataIndex: 'checkedOn', width: 110 },
  { title: '查询人', dataIndex: 'checkedBy', width: 100 },
  {
    title: '信用中国',
    dataIndex: 'creditChina',
    width: 100,
    render: (v: QualificationCheck['creditChina']) => qualificationResultLabels[v],
  },
  {
    title: '政府采购失信名单',
    dataIndex: 'procurementBlacklist',
    width: 140,
    render: (v: QualificationCheck['procurementBlacklist']) => qualificationResultLabels[v],
  },
  {
    title: '书面声明',
    dataIndex: 'declarationReceived',
    width: 90,
    render: (v: boolean) => (v ? '已收到' : '未收到'),
  },
  { title: '备注', dataIndex: 'note' },
  {
    title: '登记',
    key: 'recorded',
    width: 200,
    render: (_v, row) => `${row.recordedBy} ${formatDateTime(row.recordedAt)}`,
  },
];

const historyColumns: ColumnsType<ProviderContract> = [
  {
    title: '合同编号',
    dataIndex: 'contractNo',
    width: 130,
    render: (no: string | null, row) => <Link to={`/contracts/${row.contractId}`}>{no ?? '（草稿）'}</Link>,
  },
  { title: '合同名称', dataIndex: 'title' },
  { title: '年度', dataIndex: 'year', width: 70 },
  { title: '实施社区', dataIndex: 'communityName', width: 110 },
  {
    title: '状态',
    dataIndex: 'state',
    width: 90,
    render: (s: ProviderContract['state']) => <ContractStateTag state={s} />,
  },
  {
    title: '价款（元）',
    dataIndex: 'priceFen',
    width: 130,
    align: 'right',
    render: yuanCell,
  },
  { title: '已付（元）', dataIndex: 'paidFen', width: 130, align: 'right', render: yuanCell },
  {
    title: '评价',
    dataIndex: 'lastGrade',
    width: 70,
    render: (g: ProviderContract['lastGrade']) => <GradeTag grade={g} />,
  },
];

function ProviderDetails({ card }: { card: ProviderCard }) {
  const { provider } = card;
  return (
    <Descriptions bordered size="small" column={3} data-testid="provider-details">
      <Descriptions.Item label="主体类型">{providerKindText(provider.kind)}</Descriptions.Item>
      <Descriptions.Item label={provider.kind === 'individual' ? '身份证号码' : '统一社会信用代码'}>
        {providerIdentifier(provider)}
      </Descriptions.Item>
      <Descriptions.Item label="状态">
        <ProviderStatusTag status={provider.status} />
        {provider.suspendedReason !== '' && ` ${provider.suspendedReason}`}
      </Descriptions.Item>
      <Descriptions.Item label="登记管理机关">{provider.registrationAuthority || '—'}</Descriptions.Item>
      <Descriptions.Item label="法定代表人（负责人）">{provider.legalRepresentative}</Descriptions.Item>
      <Descriptions.Item label="联系人">
        {provider.contactPerson} {provider.contactPhone}
      </Descriptions.Item>
      <Descriptions.Item label="开户银行">{provider.bankName}</Descriptions.Item>
      <Descriptions.Item label="银行账号" span={2}>
        {provider.bankAccount}
      </Descriptions.Item>
      {provider.note !== '' && (
        <Descriptions.Item label="备注" span={3}>
          {provider.note}
        </Descriptions.Item>
      )}
    </Descriptions>
  );
}

export function ProviderCardPage() {
  const id = Number(useParams().id);
  const { message, modal } = App.useApp();
  const user = useSignedInUser();
  const card = useProvider(id);
  const update = useChannelMutation('providers.update');
  const recordCheck = useChannelMutation('providers.recordCheck');
  const suspend = useChannelMutation('providers.suspend');
  const reactivate = useChannelMutation('providers.reactivate');
  const [step, setStep] = useState<Step | null>(null);
  const back = <Link to="/providers">返回承接主体</Link>;

  if (card.isError) return <PageState state="error" error={card.error} action={back} />;
  if (!card.data) return <PageState state="loading" />;
  const data = card.data;
  const { provider } = data;
  const done = (text: string) => {
    setStep(null);
    void message.success(text);
  };
  const askReactivate = () =>
    modal.confirm({
      title: `恢复与 ${provider.name} 的合作？`,
      content: '恢复后可与其签订新的合同。',
      okText: '恢复合作',
      cancelText: '返回',
      focusable: { autoFocusButton: 'cancel' },
      onOk: async () => {
        await reactivate.mutateAsync({ id });
        void message.success('已恢复合作');
      },
    });

  return (
    <Card
      title={
        <Space>
          <Link to="/providers" aria-label="返回承接主体">
            <ArrowLeftOutlined />
          </Link>
          {provider.name}
        </Space>
      }
      extra={
        <Space>
          <ChannelButton
            channel="providers.update"
            onClick={() => setStep('edit')}
            data-testid="provider-edit"
          >
            修改
          </ChannelButton>
          {provider.status === 'active' ? (
            <ChannelButton
              channel="providers.suspend"
              danger
              onClick={() => setStep('suspend')}
              data-testid="provider-suspend"
            >
              暂停合作
            </ChannelButton>
          ) : (
            <ChannelButton
              channel="providers.reactivate"
              onClick={askReactivate}
              data-testid="provider-reactivate"
            >
              恢复合作
            </ChannelButton>
          )}
        </Space>
      }
      data-testid="provider-card"
    >
      <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
        {data.checkWarning !== null && (
          <Alert
            type="warning"
            showIcon
            title={`签订合同前请先审查：${data.checkWarning}`}
            data-testid="provider-check-warning"
          />
        )}
        <ProviderDetails card={data} />
        <Card
          size="small"
          title="资格审查记录"
          extra={
            <ChannelButton
              channel="providers.recordCheck"
              size="small"
              type="primary"
              onClick={() => setStep('check')}
              data-testid="provider-check-add"
            >
              登记审查
            </ChannelButton>
          }
        >
          <Table<QualificationCheck>
            rowKey="id"
            size="small"
            columns={checkColumns}
            dataSource={data.checks}
            pagination={false}
            locale={{ emptyText: '尚无资格审查记录' }}
            data-testid="provider-checks"
          />
        </Card>
        <Card size="small" title="合同记录">
          <Table<ProviderContract>
            rowKey="contractId"
            size="small"
            columns={historyColumns}
            dataSource={data.history}
            pagination={{ defaultPageSize: 10, hideOnSinglePage: true }}
            locale={{ emptyText: '尚无合同' }}
            data-testid="provider-history"
          />
        </Card>
      </Space>
      {step === 'edit' && (
        <ProviderFormModal
          editing={provider}
          onCancel={() => setStep(null)}
          onSubmit={async (input) => {
            await update.mutateAsync({ id, ...input });
            done(`已保存对 ${provider.name} 的修改`);
          }}
        />
      )}
      {step === 'check' && (
        <QualificationCheckModal
          providerId={id}
          providerName={provider.name}
          actor={user.displayName}
          onCancel={() => setStep(null)}
          onSubmit={async (input) => {
            await recordCheck.mutateAsync(input);
            done('已登记资格审查');
          }}
        />
      )}
      {step === 'suspend' && (
        <SuspendProviderModal
          providerId={id}
          providerName={provider.name}
          onCancel={() => setStep(null)}
          onSubmit={async (input) => {
            await suspend.mutateAsync(input);
            done(`已暂停与 ${provider.name} 的合作`);
          }}
        />
      )}
    </Card>
  );
}
