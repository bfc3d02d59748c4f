// 解除限制 of one designation: date, the donor's consent, summary; confirmed naming the amount it moves
// from 限定性 to 非限定性净资产, then the release voucher is opened.
import { App, Form, Input, Space, Typography } from 'antd';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { formatYuan } from '../../../../shared/domain/money';
import type { FundDesignationRow } from '../../../../shared/features/fund/books/contract';
import { useChannelMutation } from '../../../api/mutations';
import { confirmPosting } from '../../../ui/confirm-posting';
import { useToday } from '../../../ui/today';
import { ActionModal, IsoDateField } from './ActionModal';

const money = (fen: number) => formatYuan(fen);

export function LiftDesignationModal({
  designation,
  onClose,
}: {
  designation: FundDesignationRow;
  onClose: () => void;
}) {
  const navigate = useNavigate();
  const { modal } = App.useApp();
  const { today } = useToday();
  const lift = useChannelMutation('fund.liftDesignation');
  const [date, setDate] = useState(today);
  const [consent, setConsent] = useState('');
  const [summary, setSummary] = useState(`解除限制：${designation.name}`);
  return (
    <ActionModal
      title={`解除限制：${designation.name}`}
      okText="解除限制"
      okTestId="fund-lift-submit"
      pending={lift.isPending}
      ready={date !== '' && consent.trim() !== '' && summary.trim() !== ''}
      confirm={() =>
        confirmPosting(modal, {
          title: '解除限制？',
          content: `「${designation.name}」的可用余额 ${money(designation.availableFen)} 元将由限定性净资产转为非限定性净资产；解除后该限定用途不再接收任何款项。`,
          okText: '解除限制',
          okTestId: 'fund-designation-lift-ok',
        })
      }
      run={async () => {
        const voucher = await lift.mutateAsync({
          designationId: designation.id,
          date,
          consent: consent.trim(),
          summary: summary.trim(),
        });
        onClose();
        void navigate(`/fund/vouchers/${voucher.id}`);
      }}
      onClose={onClose}
    >
      {(refusal) => (
        <Space orientation="vertical" style={{ width: '100%' }}>
          <Typography.Text>可用余额：{money(designation.availableFen)} 元</Typography.Text>
          <Form layout="vertical">
            <Form.Item label="解除日期" required>
              <IsoDateField value={date} onChange={setDate} label="解除日期" testId="fund-lift-date" />
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
      )}
    </ActionModal>
  );
}
