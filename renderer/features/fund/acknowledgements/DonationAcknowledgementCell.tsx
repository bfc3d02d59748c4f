// The 确认书 cell of a donation's row: the valid acknowledgement's number with 打印 and 作废, or 开具确认书 on
// a posted donation that has none (a voided one is shown struck through until a new one is issued).
import { PrinterOutlined } from '@ant-design/icons';
import { Button, Space, Typography } from 'antd';
import { useState } from 'react';
import type { Acknowledgement } from '../../../../shared/features/fund/acknowledgements/contract';
import type { Donation } from '../../../../shared/features/fund/donations/contract';
import { ChannelButton } from '../../../ui/signed-in';
import { IssueAcknowledgementModal } from './IssueAcknowledgementModal';
import { useDonationAcknowledgements } from './queries';
import { useAcknowledgementPrint } from './use-acknowledgement-print';
import { VoidAcknowledgementModal } from './VoidAcknowledgementModal';

/** A donation the fund still holds some of: the backend refuses the rest with its reason. */
function mayIssue(donation: Donation): boolean {
  return donation.voucherState === 'posted' && donation.refundedFen < donation.amountFen;
}

export function DonationAcknowledgementCell({ donation }: { donation: Donation }) {
  const acknowledgements = useDonationAcknowledgements(donation.id);
  const [issuing, setIssuing] = useState(false);
  const [voiding, setVoiding] = useState<Acknowledgement | null>(null);
  const printing = useAcknowledgementPrint();
  const rows = acknowledgements.data?.rows ?? [];
  const valid = rows.find((row) => row.state === 'valid');
  const lastVoided = rows
    .filter((row) => row.state === 'voided')
    .reduce<Acknowledgement | undefined>((last, row) => (last && last.id > row.id ? last : row), undefined);
  const testId = (what: string) => `fund-donation-ack-${what}-${donation.id}`;
  return (
    <>
      {valid ? (
        <Space size={4} wrap>
          <Typography.Text data-testid={testId('number')}>{valid.number}</Typography.Text>
          <Button
            size="small"
            icon={<PrinterOutlined />}
            loading={printing.isPending}
            onClick={() => printing.mutate(valid)}
            data-testid={testId('print')}
          >
            {valid.printedCount > 0 ? '补打' : '打印'}
          </Button>
          <ChannelButton
            channel="fund.voidAcknowledgement"
            size="small"
            danger
            onClick={() => setVoiding(valid)}
            data-testid={testId('void')}
          >
            作废
          </ChannelButton>
        </Space>
      ) : (
        <Space size={4} wrap>
          {lastVoided && (
            <Typography.Text delete type="secondary" title={`已作废：${lastVoided.voidReason}`}>
              {lastVoided.number}
            </Typography.Text>
          )}
          {mayIssue(donation) && acknowledgements.isSuccess && (
            <ChannelButton
              channel="fund.issueAcknowledgement"
              size="small"
              onClick={() => setIssuing(true)}
              data-testid={testId('issue')}
            >
              开具确认书
            </ChannelButton>
          )}
        </Space>
      )}
      {issuing && <IssueAcknowledgementModal donation={donation} onClose={() => setIssuing(false)} />}
      {voiding && <VoidAcknowledgementModal acknowledgement={voiding} onClose={() => setVoiding(null)} />}
    </>
  );
}
