// An audit row's states read field by field in Chinese, with amounts in 元.
import { describe, expect, it } from 'vitest';
import { auditEntities } from '../../../shared/contract/audit';
import {
  auditFieldLabels,
  auditFieldLines,
  formatFieldValue,
} from '../../../renderer/features/audit/audit-fields';

describe('audit field lines', () => {
  it('shows a disbursement amount in 元 under its Chinese label', () => {
    const lines = auditFieldLines('disbursement', null, { amountFen: 100000, voucherNo: '记-1' });
    expect(lines.map((line) => `${line.label}：${line.after}`)).toEqual([
      '拨付金额：1,000.00 元',
      '凭证号：记-1',
    ]);
  });

  it('reads an adjustment row as the line before and after it, each amount under its own label', () => {
    const lines = auditFieldLines(
      'adjustment',
      { amountFen: 86870000, adjustmentsFen: 0, allocatedFen: 86870000 },
      { amountFen: 86870000, adjustmentsFen: -800000, allocatedFen: 86070000 },
    );
    expect(lines.map((line) => `${line.label}：${line.after}`)).toEqual([
      '核定金额：868,700.00 元',
      '审批后调整：-8,000.00 元',
      '应拨金额：860,700.00 元',
    ]);
  });

  it('marks the fields that changed', () => {
    const lines = auditFieldLines(
      'community',
      { name: '甲', isPilot: false },
      { name: '乙', isPilot: false },
    );
    expect(lines.filter((line) => line.changed).map((line) => line.label)).toEqual(['社区名称']);
    expect(lines.find((line) => line.key === 'isPilot')?.after).toBe('否');
  });

  it('formats nested amounts, code values and lists', () => {
    expect(formatFieldValue('standard', 'servicesRateFen', { self_governed: 5000, public_unit: 2000 })).toBe(
      '自治院落 50.00 元，公共单位院落 20.00 元',
    );
    expect(formatFieldValue('access_request', 'status', 'submitted')).toBe('待街道审核');
    expect(formatFieldValue('access_request', 'communities', [{ id: 6, name: '关上' }])).toBe(
      '编号 6，名称 关上',
    );
    expect(formatFieldValue('allocation_line', 'overrideReason', '')).toBe('（空）');
  });

  it('has a label map for every entity the app audits', () => {
    for (const entity of auditEntities) expect(auditFieldLabels[entity]).toBeTypeOf('object');
  });

  it('keeps the code name of a field no map names yet', () => {
    expect(auditFieldLines('office', null, { newSetting: 1 })[0]?.label).toBe('newSetting');
  });
});
