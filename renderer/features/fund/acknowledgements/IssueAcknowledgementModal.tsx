// 开具确认书 for a posted donation: the issue date (today unless told), with what the acknowledgement will
// say. Issuing takes the year's next number, which is never given back, so the modal says so.
import { Alert, App, Descriptions, Form } from 'antd';
import { useState } from 'react';
import { formatYuan } from '../../../../shared/domain/money';
import type { Donation } from '../../../../shared/features/fund/donations/contract';
import { useChannelMutation } from '../../../api/mutations';
import { useToday } from '../../../ui/today';
import { ActionModal, IsoDateField } from '../books/ActionModal';

export function IssueAcknowledgementModal({
  donation,
  onClose,
}: {
  donation: Donation;
  onClose: () => void;
}) {
  const { message } = App.useApp();
  const { today } = useToday();
  const issue = useChannelMutation('fund.issueAcknowledgement');
  const [issuedOn, setIssuedOn] = useState(today);
  return (
    <ActionModal
      title="开具捐赠确认书"
      okText="开具"
      okTestId="fund-ack-issue-submit"
      pending={issue.isPending}
      ready={issuedOn !== ''}
      run={async () => {
        const issued = await issue.mutateAsync({ donationId: donation.id, issuedOn });
        void message.success(`已开具捐赠确认书 ${issued.number}`);
        onClose();
      }}
      onClose={onClose}
    >
      {(refusal) => (
        <>
          <Descriptions size="small" column={1} style={{ marginBottom: 12 }}>
            <Descriptions.Item label="捐赠人">{donation.donorName}</Descriptions.Item>
            <Descriptions.Item label="捐赠日期">{donation.date}</Descriptions.Item>
            <Descriptions.Item label="金额">
              {formatYuan(donation.amountFen - donation.refundedFen)} 元
            </Descriptions.Item>
            <Descriptions.Item label="限定用途">{donation.designationName}</Descriptions.Item>
          </Descriptions>
          <Form layout="vertical">
            <Form.Item
              label="出具日期"
              required
              validateStatus={refusal ? 'error' : undefined}
              help={refusal}
            >
              <IsoDateField
                value={issuedOn}
                onChange={setIssuedOn}
                label="出具日期"
                testId="fund-ack-issued-on"
              />
            </Form.Item>
          </Form>
          <Alert type="info" showIcon title="开具后占用本年度下一个确认书编号；作废后编号不再使用。" />
        </>
      )}
    </ActionModal>
  );
}
