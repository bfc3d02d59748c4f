// The general voucher form (通用记账凭证; also 期初 'opening' and 补充 'supplementary'): date, summary,
// attachments, host reference and the lines editor. 保存草稿 keeps it as a draft; 保存并提交审核 sends
// it on to the reviewer. The lines are checked here first (balance, one side per line, the designation
// rule) so the clerk sees every problem at once; the backend checks them again.
import { SaveOutlined, SendOutlined } from '@ant-design/icons';
import { Alert, Button, Col, Input, Row, Space } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { DateField } from '../../../ui/DateField';
import { NumberInput, type NumberFieldValue } from '../../../ui/forms/NumberInput';
import { draftLines, emptyLine, voucherProblems, type DraftLineInput, type LineRow } from './voucher-lines';
import { VoucherLinesEditor, type LineAccount, type LineDesignation } from './VoucherLinesEditor';

export type GeneralVoucherKind = 'general' | 'opening' | 'supplementary';

export const generalVoucherKindLabels: Record<GeneralVoucherKind, string> = {
  general: '记账凭证',
  opening: '期初余额凭证',
  supplementary: '补充凭证',
};

export interface VoucherFormValues {
  date: string;
  summary: string;
  attachments: number;
  hostReference: string;
  lines: DraftLineInput[];
}

export interface VoucherFormProps {
  kind: GeneralVoucherKind;
  initial: { date: string; summary: string; attachments: number; hostReference: string; rows: LineRow[] };
  accounts: readonly LineAccount[];
  designations: readonly LineDesignation[];
  saving: boolean;
  /** Saves the voucher; `submit` also sends it for review. A refusal's message is shown by the caller. */
  onSave: (values: VoucherFormValues, submit: boolean) => void;
  /** The backend's refusal of the last save, shown above the buttons. */
  refusal?: string;
}

export function blankVoucher(date: string) {
  return { date, summary: '', attachments: 0, hostReference: '', rows: [emptyLine(), emptyLine()] };
}

export function VoucherForm({
  kind,
  initial,
  accounts,
  designations,
  saving,
  onSave,
  refusal,
}: VoucherFormProps) {
  const [date, setDate] = useState(initial.date);
  const [summary, setSummary] = useState(initial.summary);
  const [attachments, setAttachments] = useState<NumberFieldValue>(initial.attachments);
  const [hostReference, setHostReference] = useState(initial.hostReference);
  const [rows, setRows] = useState<LineRow[]>(initial.rows);
  const [problems, setProblems] = useState<string[]>([]);
  const ruleOf = (accountId: number) => accounts.find((account) => account.id === accountId)?.designationRule;

  const save = (submit: boolean) => {
    const found: string[] = [];
    if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) found.push('凭证日期：请选择日期');
    if (summary.trim() === '') found.push('摘要：请填写摘要');
    const count = typeof attachments === 'number' ? attachments : Number.NaN;
    if (!Number.isInteger(count) || count < 0 || count > 999) found.push('附件张数：请填写 0 到 999 的整数');
    found.push(...voucherProblems(rows, ruleOf));
    setProblems(found);
    if (found.length > 0) return;
    onSave(
      {
        date,
        summary: summary.trim(),
        attachments: count,
        hostReference: hostReference.trim(),
        lines: draftLines(rows),
      },
      submit,
    );
  };

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }} data-testid="fund-voucher-form">
      <Row gutter={16}>
        <Col span={5}>
          <label htmlFor="fund-voucher-date">凭证日期</label>
          <DateField
            id="fund-voucher-date"
            aria-label="凭证日期"
            value={date ? dayjs(date) : null}
            onChange={(value) => setDate(dayjs.isDayjs(value) ? value.format('YYYY-MM-DD') : '')}
            allowClear={false}
            data-testid="fund-voucher-date"
          />
        </Col>
        <Col span={9}>
          <label htmlFor="fund-voucher-summary">摘要</label>
          <Input
            id="fund-voucher-summary"
            aria-label="摘要"
            value={summary}
            maxLength={200}
            onChange={(event) => setSummary(event.target.value)}
            data-testid="fund-voucher-summary"
          />
        </Col>
        <Col span={4}>
          <label htmlFor="fund-voucher-attachments">附件张数</label>
          <NumberInput
            id="fund-voucher-attachments"
            aria-label="附件张数"
            value={attachments}
            onChange={setAttachments}
            data-testid="fund-voucher-attachments"
          />
        </Col>
        <Col span={6}>
          <label htmlFor="fund-voucher-host-reference">托管机构凭证号</label>
          <Input
            id="fund-voucher-host-reference"
            aria-label="托管机构凭证号"
            value={hostReference}
            maxLength={60}
            onChange={(event) => setHostReference(event.target.value)}
            data-testid="fund-voucher-host-reference"
          />
        </Col>
      </Row>
      <VoucherLinesEditor
        rows={rows}
        onChange={setRows}
        accounts={accounts}
        designations={designations}
        defaultSummary={summary}
        disabled={saving}
      />
      {problems.length > 0 && (
        <Alert
          type="error"
          showIcon
          title="凭证还不能保存"
          description={
            <ul style={{ margin: 0, paddingLeft: 18 }}>
              {problems.map((problem) => (
                <li key={problem}>{problem}</li>
              ))}
            </ul>
          }
          data-testid="fund-voucher-problems"
        />
      )}
      {refusal && problems.length === 0 && (
        <Alert type="error" showIcon title={refusal} data-testid="fund-voucher-refusal" />
      )}
      <Space>
        <Button
          icon={<SaveOutlined />}
          loading={saving}
          onClick={() => save(false)}
          data-testid="fund-voucher-save"
        >
          保存草稿
        </Button>
        <Button
          type="primary"
          icon={<SendOutlined />}
          loading={saving}
          onClick={() => save(true)}
          data-testid="fund-voucher-save-submit"
        >
          保存并提交审核
        </Button>
        <span style={{ color: '#888' }}>{generalVoucherKindLabels[kind]}</span>
      </Space>
    </Space>
  );
}
