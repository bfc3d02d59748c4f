// The three lines of a community's year as cards. A draft takes party-building entries, overrides with a
// reason and 恢复测算值; an approved year takes disbursements and adjustments, each confirmed first
// because a posting is never edited afterwards.
import { Alert, App, Button, Col, Row, Space } from 'antd';
import { useRoleRefusal } from '../../../ui/signed-in';
import { useState } from 'react';
import {
  fundingCategories,
  fundingCategoryLabels,
  type AllocationLine,
  type CommunityFunding,
  type FundingCategory,
} from '../../../../shared/features/funding/contract';
import { amountInWords, formatYuan } from '../../../../shared/domain/money';
import { call } from '../../../api/client';
import { toApiError } from '../../../api/errors';
import { useChannelMutation } from '../../../api/mutations';
import { AdjustModal } from '../community/AdjustModal';
import { DisburseModal } from '../community/DisburseModal';
import { FundingLineCard } from '../community/FundingLineCard';
import { LineOverrideModal } from './LineOverrideModal';
import { PartyBuildingForm } from './PartyBuildingForm';
import { confirmPosting } from '../../../ui/confirm-posting';
import { voucherWarningText } from '../funding-format';

type Editing = { kind: 'override' | 'disburse' | 'adjust'; line: AllocationLine } | null;

export function FundingLinesSection({ funding }: { funding: CommunityFunding }) {
  const { message, modal } = App.useApp();
  const [editing, setEditing] = useState<Editing>(null);
  const [clearingId, setClearingId] = useState<number | null>(null);
  const setPartyBuilding = useChannelMutation('funding.setPartyBuilding');
  const override = useChannelMutation('funding.override');
  const clearOverride = useChannelMutation('funding.clearOverride');
  const disburse = useChannelMutation('funding.disburse');
  const adjust = useChannelMutation('funding.adjust');
  const { row, status, postingWindow } = funding;
  const roleRefusal = useRoleRefusal();
  const lineName = (line: AllocationLine) =>
    `${row.communityName} ${line.year} 年${fundingCategoryLabels[line.category]}`;

  async function restoreComputed(line: AllocationLine): Promise<void> {
    setClearingId(line.id);
    try {
      await clearOverride.mutateAsync({ lineId: line.id });
      void message.success(`已恢复${fundingCategoryLabels[line.category]}的测算值`);
    } catch (error) {
      void message.error(toApiError(error).message);
    } finally {
      setClearingId(null);
    }
  }

  function actionsOf(category: FundingCategory, line: AllocationLine | undefined) {
    if (!line) return null;
    if (status === 'draft' && category !== 'party_building') {
      return (
        <Space size="small">
          <Button
            size="small"
            onClick={() => setEditing({ kind: 'override', line })}
            disabled={roleRefusal('funding.override') !== undefined}
            title={roleRefusal('funding.override')}
            data-testid={`line-override-open-${category}`}
          >
            调整核定金额
          </Button>
          {line.overrideReason !== '' && (
            <Button
              size="small"
              loading={clearingId === line.id}
              disabled={roleRefusal('funding.clearOverride') !== undefined}
              title={roleRefusal('funding.clearOverride')}
              onClick={() => void restoreComputed(line)}
              data-testid={`line-clear-override-${category}`}
            >
              恢复测算值
            </Button>
          )}
        </Space>
      );
    }
    if (status !== 'approved') return null;
    return (
      <Space size="small">
        <Button
          size="small"
          type="primary"
          disabled={line.remainingFen <= 0 || roleRefusal('funding.disburse') !== undefined}
          title={roleRefusal('funding.disburse')}
          onClick={() => setEditing({ kind: 'disburse', line })}
          data-testid={`line-disburse-open-${category}`}
        >
          拨付
        </Button>
        <Button
          size="small"
          disabled={roleRefusal('funding.adjust') !== undefined}
          title={roleRefusal('funding.adjust')}
          onClick={() => setEditing({ kind: 'adjust', line })}
          data-testid={`line-adjust-open-${category}`}
        >
          录入调整
        </Button>
      </Space>
    );
  }

  return (
    <>
      <Row gutter={[16, 16]}>
        {fundingCategories.map((category) => {
          const line = row.lines[category];
          return (
            <Col xs={24} xl={8} key={category}>
              <FundingLineCard category={category} line={line} actions={actionsOf(category, line)}>
                {status === 'draft' && category === 'party_building' && line && (
                  <PartyBuildingForm
                    key={`${line.amountFen}-${line.partyOrganisations}`}
                    line={line}
                    onSubmit={async (fields) => {
                      await setPartyBuilding.mutateAsync(fields);
                      void message.success('已保存党建工作经费');
                    }}
                  />
                )}
              </FundingLineCard>
            </Col>
          );
        })}
      </Row>
      {editing?.kind === 'override' && (
        <LineOverrideModal
          line={editing.line}
          onCancel={() => setEditing(null)}
          onSubmit={async (fields) => {
            await override.mutateAsync(fields);
            setEditing(null);
            void message.success(`已调整${fundingCategoryLabels[editing.line.category]}的核定金额`);
          }}
        />
      )}
      {editing?.kind === 'disburse' && postingWindow && (
        <DisburseModal
          communityName={row.communityName}
          line={editing.line}
          postingWindow={postingWindow}
          onCancel={() => setEditing(null)}
          onSubmit={async (fields) => {
            // Asked afresh: the form's warning follows the typing and may lag the last keystroke.
            const sameVoucher = await call('funding.voucherUses', { voucherNo: fields.voucherNo });
            const confirmed = await confirmPosting(modal, {
              title: '确认拨付',
              content: (
                <>
                  <p>
                    {`${lineName(editing.line)}：${fields.date} 拨付 ${formatYuan(fields.amountFen)} 元（${amountInWords(fields.amountFen)}），凭证号 ${fields.voucherNo}。拨付记录保存后不能修改或删除，如有错误只能冲销。`}
                  </p>
                  {sameVoucher.length > 0 && (
                    <Alert
                      type="warning"
                      showIcon
                      title={voucherWarningText(fields.voucherNo, sameVoucher)}
                      data-testid="disburse-confirm-voucher-warning"
                    />
                  )}
                </>
              ),
              okText: '确认拨付',
              okTestId: 'disburse-confirm-ok',
            });
            if (!confirmed) return;
            await disburse.mutateAsync(fields);
            setEditing(null);
            void message.success(`已拨付 ${formatYuan(fields.amountFen)} 元`);
          }}
        />
      )}
      {editing?.kind === 'adjust' && postingWindow && (
        <AdjustModal
          communityName={row.communityName}
          line={editing.line}
          postingWindow={postingWindow}
          onCancel={() => setEditing(null)}
          onSubmit={async (fields) => {
            const confirmed = await confirmPosting(modal, {
              title: '确认录入调整',
              content: `${lineName(editing.line)}：${fields.amountFen > 0 ? '增加' : '减少'} ${formatYuan(Math.abs(fields.amountFen))} 元，调整后应拨 ${formatYuan(editing.line.allocatedFen + fields.amountFen)} 元。调整记录保存后不能修改或删除。`,
              okText: '确认调整',
              okTestId: 'adjust-confirm-ok',
            });
            if (!confirmed) return;
            await adjust.mutateAsync(fields);
            setEditing(null);
            void message.success('已录入调整');
          }}
        />
      )}
    </>
  );
}
