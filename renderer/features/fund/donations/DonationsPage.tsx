// 捐赠 (/fund/donations): the donations filtered by year, month, designation, channel and 待开票, paged on
// the server, with the totals of every matching row; 登记票据 and 退还 (捐赠退回) on a posted donation, and
// its 捐赠确认书 (开具 / 打印 / 作废).
import { Card, Space, Statistic, Switch, Typography } from 'antd';
import { useState } from 'react';
import { formatYuan } from '../../../../shared/domain/money';
import {
  donationChannelLabels,
  donationChannels,
  type Donation,
  type DonationChannel,
} from '../../../../shared/features/fund/donations/contract';
import { all, AllOrOneSelect, YearFilter, type AllOr } from '../../../ui/AllOrOneSelect';
import { usePagedList } from '../../../ui/list-paging';
import { PageState } from '../../../ui/PageState';
import { useToday } from '../../../ui/today';
import { DonationAcknowledgementCell } from '../acknowledgements/screens';
import { FundNav } from '../books/FundNav';
import { DonationsTable } from './DonationsTable';
import { ReceiptModal } from './ReceiptModal';
import { GrantModal } from './GrantModal';
import { RecordDonationModal } from './RecordDonationModal';
import { RefundDonationModal } from './RefundDonationModal';
import { ChannelButton } from '../../../ui/signed-in';
import { PlusOutlined } from '@ant-design/icons';
import { useFundDesignationList, useFundDonations } from './queries';

export function DonationsPage() {
  const { year: thisYear } = useToday();
  const [year, setYear] = useState<AllOr<number>>(thisYear);
  const [month, setMonth] = useState<AllOr<number>>(all);
  const [designationId, setDesignationId] = useState<AllOr<number>>(all);
  const [channel, setChannel] = useState<AllOr<DonationChannel>>(all);
  const [awaitingReceipt, setAwaitingReceipt] = useState(false);
  const [receiptOf, setReceiptOf] = useState<Donation | null>(null);
  const [refundOf, setRefundOf] = useState<Donation | null>(null);
  const [recording, setRecording] = useState(false);
  const [granting, setGranting] = useState(false);
  const { page, filter, pagination } = usePagedList();
  const donations = useFundDonations({
    year: year === all ? undefined : year,
    month: year === all || month === all ? undefined : month,
    designationId: designationId === all ? undefined : designationId,
    channel: channel === all ? undefined : channel,
    awaitingReceipt,
    ...page,
  });
  const designations = useFundDesignationList();
  const data = donations.data;

  return (
    <>
      <FundNav />
      <Card
        title="捐赠"
        data-testid="fund-donations"
        extra={
          <Space>
            <ChannelButton
              channel="fund.payGrant"
              onClick={() => setGranting(true)}
              data-testid="fund-grant-add"
            >
              资助拨付
            </ChannelButton>
            <ChannelButton
              channel="fund.recordDonation"
              type="primary"
              icon={<PlusOutlined />}
              onClick={() => setRecording(true)}
              data-testid="fund-donation-add"
            >
              登记捐赠
            </ChannelButton>
          </Space>
        }
      >
        <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
          <Space wrap>
            <YearFilter
              value={year}
              onChange={filter(setYear)}
              thisYear={thisYear}
              testId="fund-donations-year"
            />
            <AllOrOneSelect<number>
              value={month}
              onChange={filter(setMonth)}
              disabled={year === all}
              width={100}
              label="按月份筛选"
              allLabel="全部月份"
              options={Array.from({ length: 12 }, (_, i) => ({ value: i + 1, label: `${i + 1}月` }))}
              testId="fund-donations-month"
            />
            <AllOrOneSelect<number>
              value={designationId}
              onChange={filter(setDesignationId)}
              width={180}
              searchable
              label="按限定用途筛选"
              allLabel="全部限定用途"
              options={[
                { value: 0, label: '非限定性' },
                ...(designations.data ?? []).map((d) => ({ value: d.id, label: d.name })),
              ]}
              testId="fund-donations-designation"
            />
            <AllOrOneSelect<DonationChannel>
              value={channel}
              onChange={filter(setChannel)}
              width={120}
              label="按捐赠方式筛选"
              allLabel="全部方式"
              options={donationChannels.map((value) => ({ value, label: donationChannelLabels[value] }))}
              testId="fund-donations-channel"
            />
            <Space>
              <Switch
                checked={awaitingReceipt}
                onChange={filter(setAwaitingReceipt)}
                aria-label="仅待开票"
                data-testid="fund-donations-awaiting"
              />
              <Typography.Text>仅待开票</Typography.Text>
            </Space>
          </Space>
          {donations.isError && <PageState state="error" error={donations.error} />}
          {data && (
            <Space size="large" data-testid="fund-donations-totals">
              <Statistic title="捐赠合计（元）" value={formatYuan(data.totals.amountFen)} />
              <Statistic title="已退还（元）" value={formatYuan(data.totals.refundedFen)} />
              <Statistic title="待开票（笔）" value={data.totals.awaitingReceipt} />
            </Space>
          )}
          <DonationsTable
            rows={data?.rows ?? []}
            loading={donations.isFetching}
            onReceipt={setReceiptOf}
            onRefund={setRefundOf}
            acknowledgementCell={(row) => <DonationAcknowledgementCell donation={row} />}
            pagination={pagination(data?.total ?? 0, (total) => `共 ${total} 笔`)}
          />
        </Space>
      </Card>
      <ReceiptModal donation={receiptOf} onClose={() => setReceiptOf(null)} />
      {refundOf && <RefundDonationModal donation={refundOf} onClose={() => setRefundOf(null)} />}
      <RecordDonationModal open={recording} onClose={() => setRecording(false)} />
      <GrantModal open={granting} onClose={() => setGranting(false)} />
    </>
  );
}
