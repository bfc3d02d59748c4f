// 新建凭证 (/fund/vouchers/new, ?kind=opening|supplementary&supplements=<id>) and 修改草稿
// (/fund/vouchers/:id/edit): the general voucher form over the chart and the designations. Saving with
// 提交审核 creates or updates the draft and then submits it; either way the voucher's page opens.
import { ArrowLeftOutlined } from '@ant-design/icons';
import { Button, Card, Space } from 'antd';
import { useState } from 'react';
import { Link, useNavigate, useParams, useSearchParams } from 'react-router';
import { manualVoucherKinds, type ManualVoucherKind } from '../../../../shared/features/fund/books/contract';
import { toApiError } from '../../../api/errors';
import { useChannelMutation } from '../../../api/mutations';
import { PageState } from '../../../ui/PageState';
import { useToday } from '../../../ui/today';
import { FundNav } from './FundNav';
import { useFundAccounts, useFundDesignations, useFundVoucher } from './queries';
import { lineAccounts, lineDesignations } from './voucher-accounts';
import { lineOfDraft } from './voucher-lines';
import { blankVoucher, generalVoucherKindLabels, VoucherForm, type VoucherFormValues } from './VoucherForm';

export function VoucherFormPage({ mode }: { mode: 'create' | 'edit' }) {
  const navigate = useNavigate();
  const { today } = useToday();
  const params = useParams();
  const [search] = useSearchParams();
  const id = Number(params.id);
  const voucher = useFundVoucher(mode === 'edit' ? id : 0);
  const accounts = useFundAccounts();
  const designations = useFundDesignations();
  const create = useChannelMutation('fund.createVoucher');
  const update = useChannelMutation('fund.updateVoucher');
  const submit = useChannelMutation('fund.submitVoucher');
  const [refusal, setRefusal] = useState<string>();

  const askedKind = search.get('kind');
  const kind: ManualVoucherKind =
    mode === 'edit' && voucher.data && (manualVoucherKinds as readonly string[]).includes(voucher.data.kind)
      ? (voucher.data.kind as ManualVoucherKind)
      : (manualVoucherKinds as readonly string[]).includes(askedKind ?? '')
        ? (askedKind as ManualVoucherKind)
        : 'general';
  const supplementsId =
    mode === 'edit' ? (voucher.data?.supplements?.id ?? null) : Number(search.get('supplements')) || null;

  if (accounts.isError) return <PageState state="error" error={accounts.error} />;
  if (designations.isError) return <PageState state="error" error={designations.error} />;
  if (mode === 'edit' && voucher.isError) return <PageState state="error" error={voucher.error} />;
  if (!accounts.data || !designations.data || (mode === 'edit' && !voucher.data))
    return <PageState state="loading" />;
  if (mode === 'edit' && voucher.data && voucher.data.state === 'posted')
    return (
      <PageState
        state="not-found"
        title="已记账的凭证不能修改"
        reason="更正请用红字冲销或补充凭证。"
        back={<Link to={`/fund/vouchers/${id}`}>返回凭证</Link>}
        testId="fund-voucher-posted"
      />
    );

  const initial =
    mode === 'edit' && voucher.data
      ? {
          date: voucher.data.date,
          summary: voucher.data.summary,
          attachments: voucher.data.attachments,
          hostReference: voucher.data.hostReference,
          rows: voucher.data.lines.map(lineOfDraft),
        }
      : blankVoucher(today);

  const saving = create.isPending || update.isPending || submit.isPending;
  const onSave = async (values: VoucherFormValues, andSubmit: boolean) => {
    setRefusal(undefined);
    const input = { kind, counterparty: voucher.data?.counterparty ?? '', supplementsId, ...values };
    try {
      const saved =
        mode === 'edit' ? await update.mutateAsync({ id, ...input }) : await create.mutateAsync(input);
      if (andSubmit) await submit.mutateAsync({ id: saved.id });
      void navigate(`/fund/vouchers/${saved.id}`);
    } catch (error) {
      setRefusal(toApiError(error).message);
    }
  };

  return (
    <>
      <FundNav />
      <Card
        title={
          <Space>
            <Link to={mode === 'edit' ? `/fund/vouchers/${id}` : '/fund/vouchers'}>
              <Button type="text" icon={<ArrowLeftOutlined />} aria-label="返回" />
            </Link>
            {mode === 'edit' ? '修改凭证' : `新建${generalVoucherKindLabels[kind]}`}
          </Space>
        }
      >
        <VoucherForm
          kind={kind}
          initial={initial}
          accounts={lineAccounts(accounts.data)}
          designations={lineDesignations(designations.data)}
          saving={saving}
          refusal={refusal}
          onSave={(values, andSubmit) => void onSave(values, andSubmit)}
        />
      </Card>
    </>
  );
}
