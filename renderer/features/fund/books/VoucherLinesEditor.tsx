// 分录: the lines of a voucher as editable rows — account (searchable by code and name, leaf accounts
// only), designation (when the account's rule allows it; required for 3102), line summary, 借方 and 贷方
// in yuan. Enter moves to the next cell like Tab; Enter in the last cell adds a line. The footer shows
// 借方合计, 贷方合计, 差额 (red unless 0) and the amount in 中文大写 once the voucher balances.
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Input, Select, Space, Typography } from 'antd';
import type { KeyboardEvent } from 'react';
import { useRef } from 'react';
import { formatYuan } from '../../../../shared/domain/money';
import {
  balancingAmount,
  designationAllowed,
  emptyLine,
  fenOfCell,
  lineTotals,
  type DesignationRule,
  type LineRow,
} from './voucher-lines';

export interface LineAccount {
  id: number;
  code: string;
  name: string;
  designationRule: DesignationRule;
  /** Postable: a leaf and active. */
  postable: boolean;
}

export interface LineDesignation {
  id: number;
  name: string;
  /** A lifted designation takes nothing more. */
  open: boolean;
}

export interface VoucherLinesEditorProps {
  rows: LineRow[];
  onChange: (rows: LineRow[]) => void;
  accounts: readonly LineAccount[];
  designations: readonly LineDesignation[];
  /** The voucher's summary, given to a new line. */
  defaultSummary?: string;
  disabled?: boolean;
}

const cell = { padding: '4px 6px', verticalAlign: 'top' } as const;

export function VoucherLinesEditor({
  rows,
  onChange,
  accounts,
  designations,
  defaultSummary = '',
  disabled = false,
}: VoucherLinesEditorProps) {
  const tableRef = useRef<HTMLTableElement>(null);
  const byId = new Map(accounts.map((account) => [account.id, account]));
  const accountOptions = accounts
    .filter((account) => account.postable)
    .map((account) => ({ value: account.id, label: `${account.code} ${account.name}` }));
  const designationOptions = designations
    .filter((designation) => designation.open)
    .map((designation) => ({ value: designation.id, label: designation.name }));
  const totals = lineTotals(rows);

  const update = (index: number, patch: Partial<LineRow>) => {
    onChange(rows.map((row, i) => (i === index ? { ...row, ...patch } : row)));
  };
  const addLine = () => {
    const next = emptyLine(defaultSummary);
    const balance = balancingAmount(rows);
    if (balance) next[balance.side] = balance.text;
    onChange([...rows, next]);
    // Focus the new line's account once it is rendered.
    setTimeout(() => focusCell(rows.length, 0), 0);
  };
  const removeLine = (index: number) => onChange(rows.filter((_, i) => i !== index));

  function cells(): HTMLElement[] {
    return Array.from(tableRef.current?.querySelectorAll<HTMLElement>('[data-line-cell]') ?? []);
  }
  function focusCell(rowIndex: number, column: number) {
    const target = tableRef.current?.querySelector<HTMLElement>(
      `[data-line-cell="${rowIndex}-${column}"] input, input[data-line-cell="${rowIndex}-${column}"]`,
    );
    target?.focus();
  }
  const onEnter = (event: KeyboardEvent<HTMLElement>) => {
    if (event.key !== 'Enter' || event.nativeEvent.isComposing) return;
    const all = cells();
    const current = all.findIndex((element) => element.contains(event.target as Node));
    if (current < 0) return;
    // A Select's Enter picks the highlighted option; move on only from plain inputs.
    if ((event.target as HTMLElement).closest('.ant-select')) return;
    event.preventDefault();
    const next = all[current + 1];
    if (next) {
      const input = next.matches('input') ? next : next.querySelector('input');
      input?.focus();
    } else if (!disabled) addLine();
  };

  return (
    <div data-testid="fund-voucher-lines">
      <table ref={tableRef} style={{ width: '100%', borderCollapse: 'collapse' }} onKeyDown={onEnter}>
        <thead>
          <tr style={{ background: '#fafafa', textAlign: 'left' }}>
            <th style={{ ...cell, width: 36 }}>#</th>
            <th style={{ ...cell, width: 240 }}>会计科目</th>
            <th style={{ ...cell, width: 170 }}>限定用途</th>
            <th style={cell}>摘要</th>
            <th style={{ ...cell, width: 130, textAlign: 'right' }}>借方金额（元）</th>
            <th style={{ ...cell, width: 130, textAlign: 'right' }}>贷方金额（元）</th>
            <th style={{ ...cell, width: 40 }} />
          </tr>
        </thead>
        <tbody>
          {rows.map((row, index) => {
            const account = row.accountId === null ? undefined : byId.get(row.accountId);
            const rule = account?.designationRule;
            const canDesignate = designationAllowed(rule);
            const bad = (text: string) => fenOfCell(text) === null;
            return (
              <tr key={row.key} data-testid={`fund-line-${index + 1}`}>
                <td style={cell}>{index + 1}</td>
                <td style={cell} data-line-cell={`${index}-0`}>
                  <Select<number>
                    value={row.accountId ?? undefined}
                    onChange={(accountId) => {
                      const nextRule = byId.get(accountId)?.designationRule;
                      update(index, {
                        accountId,
                        designationId: designationAllowed(nextRule) ? row.designationId : null,
                      });
                    }}
                    options={accountOptions}
                    showSearch={{ optionFilterProp: 'label' }}
                    placeholder="科目代码或名称"
                    aria-label={`第 ${index + 1} 行会计科目`}
                    style={{ width: '100%' }}
                    disabled={disabled}
                    data-testid={`fund-line-${index + 1}-account`}
                  />
                </td>
                <td style={cell} data-line-cell={`${index}-1`}>
                  <Select<number>
                    value={row.designationId ?? undefined}
                    onChange={(designationId) => update(index, { designationId: designationId ?? null })}
                    options={designationOptions}
                    allowClear={rule !== 'required'}
                    showSearch={{ optionFilterProp: 'label' }}
                    placeholder={rule === 'required' ? '必选' : canDesignate ? '非限定' : '—'}
                    status={rule === 'required' && row.designationId === null ? 'warning' : undefined}
                    aria-label={`第 ${index + 1} 行限定用途`}
                    style={{ width: '100%' }}
                    disabled={disabled || !canDesignate}
                    data-testid={`fund-line-${index + 1}-designation`}
                  />
                </td>
                <td style={cell}>
                  <Input
                    value={row.summary}
                    onChange={(event) => update(index, { summary: event.target.value })}
                    aria-label={`第 ${index + 1} 行摘要`}
                    disabled={disabled}
                    data-line-cell={`${index}-2`}
                    data-testid={`fund-line-${index + 1}-summary`}
                  />
                </td>
                <td style={cell}>
                  <Input
                    value={row.debit}
                    onChange={(event) => update(index, { debit: event.target.value })}
                    onBlur={() => {
                      const fen = fenOfCell(row.debit);
                      if (fen !== null && fen !== 0) update(index, { debit: formatYuan(fen) });
                    }}
                    inputMode="decimal"
                    status={bad(row.debit) ? 'error' : undefined}
                    style={{ textAlign: 'right' }}
                    aria-label={`第 ${index + 1} 行借方金额`}
                    disabled={disabled}
                    data-line-cell={`${index}-3`}
                    data-testid={`fund-line-${index + 1}-debit`}
                  />
                </td>
                <td style={cell}>
                  <Input
                    value={row.credit}
                    onChange={(event) => update(index, { credit: event.target.value })}
                    onBlur={() => {
                      const fen = fenOfCell(row.credit);
                      if (fen !== null && fen !== 0) update(index, { credit: formatYuan(fen) });
                    }}
                    inputMode="decimal"
                    status={bad(row.credit) ? 'error' : undefined}
                    style={{ textAlign: 'right' }}
                    aria-label={`第 ${index + 1} 行贷方金额`}
                    disabled={disabled}
                    data-line-cell={`${index}-4`}
                    data-testid={`fund-line-${index + 1}-credit`}
                  />
                </td>
                <td style={cell}>
                  <Button
                    type="text"
                    icon={<DeleteOutlined />}
                    aria-label={`删除第 ${index + 1} 行`}
                    disabled={disabled || rows.length <= 2}
                    onClick={() => removeLine(index)}
                    data-testid={`fund-line-${index + 1}-remove`}
                  />
                </td>
              </tr>
            );
          })}
        </tbody>
        <tfoot>
          <tr style={{ background: '#fafafa', fontWeight: 600 }}>
            <td style={cell} colSpan={4}>
              <Space size="large">
                <span>合计</span>
                <span data-testid="fund-lines-words">{totals.words}</span>
              </Space>
            </td>
            <td style={{ ...cell, textAlign: 'right' }} data-testid="fund-lines-debit-total">
              {formatYuan(totals.debitFen)}
            </td>
            <td style={{ ...cell, textAlign: 'right' }} data-testid="fund-lines-credit-total">
              {formatYuan(totals.creditFen)}
            </td>
            <td style={cell} />
          </tr>
        </tfoot>
      </table>
      <Space style={{ marginTop: 8 }}>
        <Button icon={<PlusOutlined />} onClick={addLine} disabled={disabled} data-testid="fund-line-add">
          添加分录
        </Button>
        <Typography.Text
          type={totals.differenceFen === 0 ? 'secondary' : 'danger'}
          data-testid="fund-lines-difference"
        >
          差额：{formatYuan(totals.differenceFen)} 元{totals.readable ? '' : '（有金额格式不正确）'}
        </Typography.Text>
      </Space>
    </div>
  );
}
