// OWNER: renderer books slice. The field names of the micro-fund's audit rows, kept apart from the older
// features' in audit-fields.ts, which spreads them into its one map per entity.
import type { AuditEntity } from '../../../shared/contract/audit';

type FundEntity = Extract<
  AuditEntity,
  | 'fund_settings'
  | 'fund_account'
  | 'fund_designation'
  | 'fund_voucher'
  | 'fund_donor'
  | 'fund_donation'
  | 'fund_period'
>;

export const fundAuditFieldLabels: Record<FundEntity, Record<string, string>> = {
  fund_settings: {},
  fund_account: {},
  fund_designation: {},
  fund_voucher: {},
  fund_donor: {},
  fund_donation: {},
  fund_period: {},
};
