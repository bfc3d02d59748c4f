// 月结 (/fund/periods): the year's twelve months with their state. 结账 (审核人) on the earliest open month,
// with what blocks it listed and a confirmation (December also writes the year's 结转); 反结账 (管理员) on
// the fund's latest closed month only, with a reason and a confirmation.
import { LockOutlined, UnlockOutlined } from '@ant-design/icons';
import { Alert, App, Card, Input, Modal, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import {
  fundPeriodStateLabels,
  type FundPeriod,
  type FundPeriodYear,
} from '../../../../shared/features/fund/periods/contract';
import { toApiError } from '../../../api/errors';
import { useChannelMutation } from '../../../api/mutations';
import { PageState } from '../../../ui/PageState';
import { formatDateTime } from '../../../ui/format';
import { ChannelButton } from '../../../ui/signed-in';
import { buttonTestId, rowTestId } from '../../../ui/test-ids';
import { useToday } from '../../../ui/today';
import { closeConfirmText, monthLabel, periodAction, reopenReasonProblem } from './fund-report-format';
import { FundNav } from '../books/FundNav';
import { YearSelect } from './ReportFrame';
import { useFundPeriods } from './queries';

const stateColors = { before_opening: 'default', open: 'blue', closed: 'green' } as const;

function ReopenModal({ month, onClose }: { month: string | null; onClose: () => void }) {
  const { message } = App.useApp();
  const reopen = useChannelMutation('fund.reopenMonth');
  const [reason, setReason] = useState('');
  const [touched, setTouched] = useState(false);
  const problem = reopenReasonProblem(reason);
  const close = () => {
    setReason('');
    setTouched(false);
    reopen.reset();
    onClose();
  };
  const submit = () => {
    setTouched(true);
    if (problem !== null || month === null) return;
    reopen.mutate(
      { month, reason: reason.trim() },
      {
        onSuccess: (change) => {
          void message.success(
            change.yearEndVoucherNumber
              ? `已反结账 ${monthLabel(month)}，结转凭证已红字冲销（${change.yearEndVoucherNumber}）`
              : `已反结账 ${monthLabel(month)}`,
          );
          close();
        },
      },
    );
  };
  return (
    <Modal
      open={month !== null}
      title={month ? `反结账 ${monthLabel(month)}` : '反结账'}
      okText="确定反结账"
      okButtonProps={{ danger: true, loading: reopen.isPending, ...buttonTestId('fund-reopen-confirm') }}
      cancelText="取消"
      onOk={submit}
      onCancel={close}
      destroyOnHidden
    >
      <Space orientation="vertical" style={{ width: '100%' }}>
        <Alert
          type="warning"
          showIcon
          title="反结账后本月重新开放，可以继续过账和冲销；操作将记入操作日志。12 月反结账会红字冲销结转凭证。"
        />
        <label htmlFor="fund-reopen-reason">反结账原因</label>
        <Input.TextArea
          id="fund-reopen-reason"
          value={reason}
          onChange={(event) => setReason(event.target.value)}
          onBlur={() => setTouched(true)}
          maxLength={200}
          rows={3}
          status={touched && problem ? 'error' : undefined}
          data-testid="fund-reopen-reason"
        />
        {touched && problem && <Typography.Text type="danger">{problem}</Typography.Text>}
        {reopen.isError && <Alert type="error" showIcon title={toApiError(reopen.error).message} />}
      </Space>
    </Modal>
  );
}

function Blockers({ year }: { year: FundPeriodYear }) {
  if (year.nextClosable === null) return null;
  if (year.blockers.length === 0)
    return (
      <Alert
        type="success"
        showIcon
        title={`${monthLabel(year.nextClosable)} 可以结账`}
        data-testid="fund-close-ready"
      />
    );
  return (
    <Alert
      type="warning"
      showIcon
      title={`${monthLabel(year.nextClosable)} 暂不能结账`}
      data-testid="fund-close-blockers"
      description={
        <ul style={{ margin: 0, paddingLeft: 20 }}>
          {year.blockers.map((blocker) => (
            <li key={blocker.kind} data-testid={`fund-close-blocker-${blocker.kind}`}>
              {blocker.message}
            </li>
          ))}
        </ul>
      }
    />
  );
}

export function PeriodsPage() {
  const { modal, message } = App.useApp();
  const today = useToday();
  const [year, setYear] = useState(today.year);
  const [reopening, setReopening] = useState<string | null>(null);
  const periods = useFundPeriods(year);
  const closeMonth = useChannelMutation('fund.closeMonth');
  const data = periods.data;

  const confirmClose = (month: string) =>
    modal.confirm({
      title: `结账 ${monthLabel(month)}`,
      content: closeConfirmText(month),
      okText: '确定结账',
      cancelText: '取消',
      okButtonProps: buttonTestId('fund-close-confirm'),
      onOk: () =>
        closeMonth.mutateAsync({ month }).then(
          (change) =>
            void message.success(
              change.yearEndVoucherNumber
                ? `已结账 ${monthLabel(month)}，已生成结转凭证 ${change.yearEndVoucherNumber}`
                : `已结账 ${monthLabel(month)}`,
            ),
          (error: unknown) => void message.error(toApiError(error).message),
        ),
    });

  return (
    <>
      <FundNav />
      <Card
        title={
          <Space>
            月结
            <YearSelect value={year} onChange={setYear} testId="fund-periods-year" />
          </Space>
        }
        data-testid="fund-periods"
      >
        {periods.isError && <PageState state="error" error={periods.error} />}
        {!data ? (
          !periods.isError && <PageState state="loading" />
        ) : (
          <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
            {data.openingDate === null && (
              <Alert type="info" showIcon title="尚未保存基金设置（建账日期），保存后才能结账。" />
            )}
            <Blockers year={data} />
            <Table<FundPeriod>
              rowKey="month"
              size="small"
              pagination={false}
              dataSource={data.months}
              onRow={(row) => rowTestId(`fund-period-${row.month}`)}
              columns={[
                { key: 'month', title: '月份', render: (_, row) => monthLabel(row.month), width: 110 },
                {
                  key: 'state',
                  title: '状态',
                  width: 140,
                  render: (_, row) => (
                    <Space size={4}>
                      <Tag color={stateColors[row.state]}>{fundPeriodStateLabels[row.state]}</Tag>
                      {row.reopened && <Tag color="orange">曾反结账</Tag>}
                    </Space>
                  ),
                },
                { key: 'posted', title: '已过账凭证', dataIndex: 'postedCount', align: 'right', width: 100 },
                {
                  key: 'pending',
                  title: '未过账凭证',
                  dataIndex: 'pendingCount',
                  align: 'right',
                  width: 100,
                },
                {
                  key: 'closed',
                  title: '结账人 / 时间',
                  render: (_, row) =>
                    row.closedBy ? `${row.closedBy} ${formatDateTime(row.closedAt)}` : '—',
                },
                {
                  key: 'checksum',
                  title: '校验码',
                  width: 130,
                  render: (_, row) => (row.checksumShort ? <code>{row.checksumShort}</code> : '—'),
                },
                {
                  key: 'reopen',
                  title: '反结账',
                  render: (_, row) =>
                    row.reopenedBy
                      ? `${row.reopenedBy} ${formatDateTime(row.reopenedAt)}：${row.reopenReason ?? ''}`
                      : '—',
                },
                {
                  key: 'action',
                  title: '操作',
                  width: 110,
                  render: (_, row) => {
                    const action = periodAction(row, data);
                    if (action === 'close')
                      return (
                        <ChannelButton
                          channel="fund.closeMonth"
                          size="small"
                          type="primary"
                          icon={<LockOutlined />}
                          disabled={data.blockers.length > 0}
                          onClick={() => confirmClose(row.month)}
                          data-testid={`fund-close-${row.month}`}
                        >
                          结账
                        </ChannelButton>
                      );
                    if (action === 'reopen')
                      return (
                        <ChannelButton
                          channel="fund.reopenMonth"
                          size="small"
                          danger
                          icon={<UnlockOutlined />}
                          onClick={() => setReopening(row.month)}
                          data-testid={`fund-reopen-${row.month}`}
                        >
                          反结账
                        </ChannelButton>
                      );
                    return null;
                  },
                },
              ]}
            />
          </Space>
        )}
        <ReopenModal month={reopening} onClose={() => setReopening(null)} />
      </Card>
    </>
  );
}
