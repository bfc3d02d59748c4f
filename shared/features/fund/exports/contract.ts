// OWNER: the exports slice: one spec per channel of ./channels. A report's PDF takes the same input as
// its xlsx, so 打印 and 导出Excel always show the same scope.
import { channel, type ContractFor } from '../../../contract/channel-spec';
import type { FileOutput } from '../../../contract/files';
import type { fundExportsChannels } from './channels';
import {
  fundActivityXlsxInput,
  fundBalanceSheetXlsxInput,
  fundLedgerXlsxInput,
  fundMonthRangeXlsxInput,
  fundTrialBalanceFileInput,
  fundYearXlsxInput,
} from './export-fields';

export const fundExportsContract = {
  'fund.trialBalanceXlsx': channel<FileOutput>()(fundTrialBalanceFileInput),
  'fund.ledgerXlsx': channel<FileOutput>()(fundLedgerXlsxInput),
  'fund.designationXlsx': channel<FileOutput>()(fundYearXlsxInput),
  'fund.donationIncomeXlsx': channel<FileOutput>()(fundMonthRangeXlsxInput),
  'fund.activityXlsx': channel<FileOutput>()(fundActivityXlsxInput),
  'fund.balanceSheetXlsx': channel<FileOutput>()(fundBalanceSheetXlsxInput),
  'fund.trialBalancePdf': channel<FileOutput>()(fundTrialBalanceFileInput),
  'fund.ledgerPdf': channel<FileOutput>()(fundLedgerXlsxInput),
  'fund.designationPdf': channel<FileOutput>()(fundYearXlsxInput),
  'fund.donationIncomePdf': channel<FileOutput>()(fundMonthRangeXlsxInput),
  'fund.activityPdf': channel<FileOutput>()(fundActivityXlsxInput),
  'fund.balanceSheetPdf': channel<FileOutput>()(fundBalanceSheetXlsxInput),
} satisfies ContractFor<typeof fundExportsChannels>;
