// The chart as a tree by code, the rule's label, and the next free sub-account code.
import { describe, expect, it } from 'vitest';
import type { FundAccountRow } from '../../../shared/features/fund/books/contract';
import {
  accountTree,
  designationRuleLabel,
  nextChildCode,
} from '../../../renderer/features/fund/books/account-tree';

const account = (id: number, code: string, parentId: number | null = null): FundAccountRow => ({
  id,
  code,
  name: code,
  kind: 'asset',
  normalSide: 'debit',
  designationRule: 'forbidden',
  parentId,
  standard: parentId === null,
  active: true,
  used: false,
  leaf: true,
});

describe('account tree', () => {
  it('nests sub-accounts under their parent in code order', () => {
    const tree = accountTree([
      account(3, '110202', 1),
      account(1, '1102'),
      account(2, '110201', 1),
      account(4, '1001'),
    ]);
    expect(tree.map((node) => node.code)).toEqual(['1001', '1102']);
    expect(tree[1]?.children?.map((node) => node.code)).toEqual(['110201', '110202']);
    expect(tree[0]?.children).toBeUndefined();
  });

  it('labels the designation rule by kind', () => {
    expect(designationRuleLabel('optional', 'income')).toBe('分限定性/非限定性');
    expect(designationRuleLabel('required', 'net_assets')).toBe('限定性');
    expect(designationRuleLabel('forbidden', 'asset')).toBe('—');
  });

  it('proposes the next free sub-account code', () => {
    const rows = [account(1, '1102'), account(2, '110201', 1), account(3, '110203', 1)];
    expect(nextChildCode(rows[0]!, rows)).toBe('110202');
    expect(nextChildCode(account(9, '1001'), rows)).toBe('100101');
  });
});
