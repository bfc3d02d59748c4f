// 作废 of an acknowledgement: the reason, then a confirmation, since a void is never undone. The number
// stays used (the register shows it 作废) and a new acknowledgement for the donation takes the next one.
import { App, Descriptions, Form, Input } from 'antd';
import { useState } from 'react';
import { formatYuan } from '../../../../shared/domain/money';
import type { Acknowledgement } from '../../../../shared/features/fund/acknowledgements/contract';
import { useChannelMutation } from '../../../api/mutations';
import { confirmPosting } from '../../../ui/confirm-posting';
import { ActionModal } from '../books/ActionModal';

export function VoidAcknowledgementModal({
  acknowledgement,
  onClose,
}: {
  acknowledgement: Acknowledgement;
  onClose: () => void;
}) {
  const { message, modal } = App.useApp();
  const voiding = useChannelMutation('fund.voidAcknowledgement');
  const [reason, setReason] = useState('');
  return (
    <ActionModal
      title={`作废捐赠确认书 ${acknowledgement.number}`}
      okText="作废"
      okTestId="fund-ack-void-submit"
      danger
      pending={voiding.isPending}
      ready={reason.trim() !== ''}
      confirm={() =>
        confirmPosting(modal, {
          title: `作废 ${acknowledgement.number}？`,
          content: '作废后不能恢复，编号不再使用，登记簿中显示为作废；如需重新出具，将使用新的编号。',
          okText: '确认作废',
          okTestId: 'fund-ack-void-ok',
        })
      }
      run={async () => {
        await voiding.mutateAsync({ id: acknowledgement.id, reason: reason.trim() });
        void message.success(`已作废 ${acknowledgement.number}`);
        onClose();
      }}
      onClose={onClose}
    >
      {(refusal) => (
        <>
          <Descriptions size="small" column={1} style={{ marginBottom: 12 }}>
            <Descriptions.Item label="捐赠人">{acknowledgement.donorName}</Descriptions.Item>
            <Descriptions.Item label="金额">{formatYuan(acknowledgement.amountFen)} 元</Descriptions.Item>
            <Descriptions.Item label="出具日期">{acknowledgement.issuedOn}</Descriptions.Item>
          </Descriptions>
          <Form layout="vertical">
            <Form.Item
              label="作废原因"
              required
              validateStatus={refusal ? 'error' : undefined}
              help={refusal}
            >
              <Input.TextArea
                aria-label="作废原因"
                value={reason}
                maxLength={200}
                rows={3}
                onChange={(event) => setReason(event.target.value)}
                data-testid="fund-ack-void-reason"
              />
            </Form.Item>
          </Form>
        </>
      )}
    </ActionModal>
  );
}
