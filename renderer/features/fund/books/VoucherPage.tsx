// 凭证 (/fund/vouchers/:id): the header (number or 未记账, date, state, preparer, reviewer, attachments,
// host reference), the lines (VoucherLinesTable), the links
// (冲销 / 被冲销, 解除限制 release, source, 补充) and the actions of its state: a draft is edited, submitted
// or discarded; a submitted voucher is posted by a reviewer who did not prepare it (the backend refuses
// the preparer with its own message) or sent back with a reason; a posted one is reversed in red. Its
// 操作日志 closes the page.
import { ArrowLeftOutlined } from '@ant-design/icons';
import { App, Button, Card, Descriptions, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { formatYuan } from '../../../../shared/domain/money';
import {
  voucherKindLabels,
  type VoucherDetail,
  type VoucherLink,
} from '../../../../shared/features/fund/books/contract';
import { toApiError } from '../../../api/errors';
import { useChannelMutation } from '../../../api/mutations';
import { confirmPosting } from '../../../ui/confirm-posting';
import { formatDateTime } from '../../../ui/format';
import { PageState } from '../../../ui/PageState';
import { ChannelButton } from '../../../ui/signed-in';
import { FundNav } from './FundNav';
import { useFundVoucher } from './queries';
import { VoucherAuditSection } from './VoucherAuditSection';
import { VoucherLinesTable } from './VoucherLinesTable';
import { RejectModal, ReverseModal } from './VoucherReasonModals';
import { VoucherStateTag } from './VouchersPage';

function LinkTo({ label, link, testId }: { label: string; link: VoucherLink | null; testId: string }) {
  if (!link) return null;
  return (
    <Link to={`/fund/vouchers/${link.id}`} data-testid={testId}>
      <Tag color="blue">
        {label} {link.number ?? '（未记账）'}
      </Tag>
    </Link>
  );
}

export function VoucherPage() {
  const id = Number(useParams().id);
  const voucher = useFundVoucher(id);
  if (voucher.isError) return <PageState state="error" error={voucher.error} />;
  if (!voucher.data) return <PageState state="loading" />;
  return (
    <>
      <FundNav />
      <VoucherView voucher={voucher.data} />
      <VoucherAuditSection voucherId={voucher.data.id} />
    </>
  );
}

function VoucherView({ voucher }: { voucher: VoucherDetail }) {
  const navigate = useNavigate();
  const { modal, message } = App.useApp();
  const submit = useChannelMutation('fund.submitVoucher');
  const discard = useChannelMutation('fund.discardVoucher');
  const post = useChannelMutation('fund.postVoucher');
  const [rejecting, setRejecting] = useState(false);
  const [reversing, setReversing] = useState(false);
  const total = voucher.debitTotalFen;

  const run = async (action: () => Promise<unknown>, done: string) => {
    try {
      await action();
      void message.success(done);
    } catch (error) {
      modal.error({ title: '未能完成', content: toApiError(error).message });
    }
  };

  const onPost = async () => {
    const ok = await confirmPosting(modal, {
      title: '审核并记账？',
      content: `记账后凭证取得编号，不能再修改，更正只能红字冲销。借方合计 ${formatYuan(total)} 元。`,
      okText: '审核记账',
      okTestId: 'fund-voucher-post-ok',
    });
    if (ok) await run(() => post.mutateAsync({ id: voucher.id }), '已记账');
  };
  const onDiscard = async () => {
    const ok = await confirmPosting(modal, {
      title: '删除这张草稿？',
      content: '草稿和它的分录都将删除。',
      okText: '删除草稿',
      okTestId: 'fund-voucher-discard-ok',
    });
    if (!ok) return;
    try {
      await discard.mutateAsync({ id: voucher.id });
      void message.success('草稿已删除');
      void navigate('/fund/vouchers');
    } catch (error) {
      modal.error({ title: '未能删除', content: toApiError(error).message });
    }
  };

  return (
    <Card
      title={
        <Space>
          <Link to="/fund/vouchers">
            <Button type="text" icon={<ArrowLeftOutlined />} aria-label="返回凭证列表" />
          </Link>
          <span data-testid="fund-voucher-number">{voucher.number ?? '未记账'}</span>
          <VoucherStateTag state={voucher.state} />
          <Tag>{voucherKindLabels[voucher.kind]}</Tag>
        </Space>
      }
      extra={
        <Space>
          {voucher.state === 'draft' && (
            <>
              <ChannelButton
                channel="fund.updateVoucher"
                onClick={() => void navigate(`/fund/vouchers/${voucher.id}/edit`)}
                data-testid="fund-voucher-edit"
              >
                编辑
              </ChannelButton>
              <ChannelButton
                channel="fund.submitVoucher"
                type="primary"
                loading={submit.isPending}
                onClick={() => void run(() => submit.mutateAsync({ id: voucher.id }), '已提交审核')}
                data-testid="fund-voucher-submit"
              >
                提交审核
              </ChannelButton>
              <ChannelButton
                channel="fund.discardVoucher"
                danger
                loading={discard.isPending}
                onClick={() => void onDiscard()}
                data-testid="fund-voucher-discard"
              >
                删除草稿
              </ChannelButton>
            </>
          )}
          {voucher.state === 'submitted' && (
            <>
              <ChannelButton
                channel="fund.postVoucher"
                type="primary"
                loading={post.isPending}
                onClick={() => void onPost()}
                data-testid="fund-voucher-post"
              >
                审核记账
              </ChannelButton>
              <ChannelButton
                channel="fund.rejectVoucher"
                onClick={() => setRejecting(true)}
                data-testid="fund-voucher-reject"
              >
                退回
              </ChannelButton>
            </>
          )}
          {voucher.state === 'posted' && !voucher.reversedBy && voucher.kind !== 'reversal' && (
            <ChannelButton
              channel="fund.reverseVoucher"
              danger
              onClick={() => setReversing(true)}
              data-testid="fund-voucher-reverse"
            >
              红字冲销
            </ChannelButton>
          )}
        </Space>
      }
    >
      <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
        <Descriptions size="small" column={3} bordered data-testid="fund-voucher-header">
          <Descriptions.Item label="凭证日期">{voucher.date}</Descriptions.Item>
          <Descriptions.Item label="摘要" span={2}>
            {voucher.summary}
          </Descriptions.Item>
          <Descriptions.Item label="制单人">{voucher.preparer ?? voucher.createdBy}</Descriptions.Item>
          <Descriptions.Item label="审核人">{voucher.reviewer ?? '—'}</Descriptions.Item>
          <Descriptions.Item label="记账时间">{formatDateTime(voucher.postedAt)}</Descriptions.Item>
          <Descriptions.Item label="附件张数">{voucher.attachments}</Descriptions.Item>
          <Descriptions.Item label="托管机构凭证号">{voucher.hostReference || '—'}</Descriptions.Item>
          <Descriptions.Item label="往来单位">
            {voucher.providerName ?? (voucher.counterparty || '—')}
          </Descriptions.Item>
          {voucher.designationName && (
            <Descriptions.Item label="限定用途">{voucher.designationName}</Descriptions.Item>
          )}
          {voucher.liftConsent && (
            <Descriptions.Item label="捐赠方同意情况" span={2}>
              {voucher.liftConsent}
            </Descriptions.Item>
          )}
          {voucher.rejectReason && voucher.state === 'draft' && (
            <Descriptions.Item label="退回理由" span={3}>
              <Typography.Text type="warning" data-testid="fund-voucher-reject-reason">
                {voucher.rejectReason}
              </Typography.Text>
            </Descriptions.Item>
          )}
        </Descriptions>
        <Space wrap data-testid="fund-voucher-links">
          <LinkTo label="冲销" link={voucher.reverses} testId="fund-voucher-link-reverses" />
          <LinkTo label="被冲销" link={voucher.reversedBy} testId="fund-voucher-link-reversed-by" />
          <LinkTo label="解除限制凭证" link={voucher.release} testId="fund-voucher-link-release" />
          <LinkTo label="来源凭证" link={voucher.source} testId="fund-voucher-link-source" />
          <LinkTo label="补充" link={voucher.supplements} testId="fund-voucher-link-supplements" />
          {voucher.state === 'posted' && (
            <ChannelButton
              channel="fund.createVoucher"
              size="small"
              onClick={() => void navigate(`/fund/vouchers/new?kind=supplementary&supplements=${voucher.id}`)}
              data-testid="fund-voucher-supplement"
            >
              补充凭证
            </ChannelButton>
          )}
        </Space>
        <VoucherLinesTable voucher={voucher} />
      </Space>
      {rejecting && <RejectModal voucherId={voucher.id} onClose={() => setRejecting(false)} />}
      {reversing && <ReverseModal voucher={voucher} onClose={() => setReversing(false)} />}
    </Card>
  );
}
