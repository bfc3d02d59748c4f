// The chart and designations as the lines editor needs them: postable accounts (leaf and active) and
// designations still open (not lifted).
import type { FundAccountRow, FundDesignationRow } from '../../../../shared/features/fund/books/contract';
import type { LineAccount, LineDesignation } from './VoucherLinesEditor';

export function lineAccounts(accounts: readonly FundAccountRow[] | undefined): LineAccount[] {
  return (accounts ?? []).map((account) => ({
    id: account.id,
    code: account.code,
    name: account.name,
    designationRule: account.designationRule,
    postable: account.leaf && account.active,
  }));
}

export function lineDesignations(designations: readonly FundDesignationRow[] | undefined): LineDesignation[] {
  return (designations ?? []).map((designation) => ({
    id: designation.id,
    name: designation.name,
    open: !designation.lifted,
  }));
}
