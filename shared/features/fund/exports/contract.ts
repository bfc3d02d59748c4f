// OWNER: the exports slice: one spec per channel of ./channels.
import { channel, type ContractFor } from '../../../contract/channel-spec';
import type { FileOutput } from '../../../contract/files';
import type { fundExportsChannels } from './channels';
import {
  fundActivityXlsxInput,
  fundBalanceSheetXlsxInput,
  fundLedgerXlsxInput,
  fundMonthRangeXlsxInput,
  fundYearXlsxInput,
} from './export-fields';

export const fundExportsContract = {
  'fund.trialBalanceXlsx': channel<FileOutput>()(fundMonthRangeXlsxInput),
  'fund.ledgerXlsx': channel<FileOutput>()(fundLedgerXlsxInput),
  'fund.designationXlsx': channel<FileOutput>()(fundYearXlsxInput),
  'fund.donationIncomeXlsx': channel<FileOutput>()(fundMonthRangeXlsxInput),
  'fund.activityXlsx': channel<FileOutput>()(fundActivityXlsxInput),
  'fund.balanceSheetXlsx': channel<FileOutput>()(fundBalanceSheetXlsxInput),
} satisfies ContractFor<typeof fundExportsChannels>;
