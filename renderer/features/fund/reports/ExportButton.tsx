// 导出Excel of a fund report: the same scope as on screen, through the exports slice's file channels.
import { FileExcelOutlined } from '@ant-design/icons';
import { Button } from 'antd';
import type { ChannelInput } from '../../../../shared/contract';
import { useFileOutput } from '../../../api/files';

type FundXlsxChannel =
  | 'fund.trialBalanceXlsx'
  | 'fund.ledgerXlsx'
  | 'fund.designationXlsx'
  | 'fund.donationIncomeXlsx'
  | 'fund.activityXlsx'
  | 'fund.balanceSheetXlsx';

export function ExportButton<C extends FundXlsxChannel>({
  channel,
  input,
  disabled,
  testId,
}: {
  channel: C;
  input: ChannelInput<C>;
  disabled?: boolean;
  testId: string;
}) {
  const output = useFileOutput(channel);
  return (
    <Button
      icon={<FileExcelOutlined />}
      loading={output.isPending}
      disabled={disabled}
      onClick={() => output.mutate(input)}
      data-testid={testId}
    >
      导出Excel
    </Button>
  );
}
