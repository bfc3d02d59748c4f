// 打印 of a fund report: the report's PDF (the same scope as on screen) in the desktop app's print window,
// which previews the A4 pages before the system dialog. In browser mode there is no print window, so the
// same PDF is downloaded to print from the viewer.
import { PrinterOutlined } from '@ant-design/icons';
import { Button } from 'antd';
import type { ChannelInput } from '../../../../shared/contract';
import { useFileOutput } from '../../../api/files';
import { canPrint, usePrint } from '../../../api/printing';

export type FundPdfChannel =
  | 'fund.trialBalancePdf'
  | 'fund.ledgerPdf'
  | 'fund.designationPdf'
  | 'fund.donationIncomePdf'
  | 'fund.activityPdf'
  | 'fund.balanceSheetPdf';

export interface ReportPrint<C extends FundPdfChannel> {
  channel: C;
  input: ChannelInput<C>;
  disabled?: boolean;
}

export function ReportPrintButton<C extends FundPdfChannel>({
  print: { channel, input, disabled },
  testId,
}: {
  print: ReportPrint<C>;
  testId: string;
}) {
  const printing = usePrint(channel);
  const saving = useFileOutput(channel);
  return (
    <Button
      icon={<PrinterOutlined />}
      loading={printing.isPending || saving.isPending}
      disabled={disabled}
      onClick={() => (canPrint() ? printing.mutate(input) : saving.mutate(input))}
      data-testid={testId}
    >
      打印
    </Button>
  );
}
