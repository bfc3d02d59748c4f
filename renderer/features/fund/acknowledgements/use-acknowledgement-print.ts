// 打印 of an acknowledgement: its PDF to the printer in the desktop app (previewed in the print window) or
// downloaded in browser mode, then the print recorded. The order matters: the PDF is made from the prints
// recorded before it, so the first one is the original and every later one is marked 副本.
import { useMutation } from '@tanstack/react-query';
import { App } from 'antd';
import type { Acknowledgement } from '../../../../shared/features/fund/acknowledgements/contract';
import { call } from '../../../api/client';
import { toApiError } from '../../../api/errors';
import { deliverFile } from '../../../api/files';
import { useChannelMutation } from '../../../api/mutations';
import { canPrint, printThroughShell } from '../../../api/printing';

/** Whether the clerk got the paper (or the file): a print canceled in the dialog is not recorded. */
async function produce(
  acknowledgement: Acknowledgement,
  message: ReturnType<typeof App.useApp>['message'],
): Promise<boolean> {
  const input = { id: acknowledgement.id };
  if (canPrint()) return (await printThroughShell('fund.acknowledgementPdf', input, message)).printed;
  deliverFile(await call('fund.acknowledgementPdf', input), message);
  return true;
}

export function useAcknowledgementPrint() {
  const { message } = App.useApp();
  const record = useChannelMutation('fund.recordAcknowledgementPrint');
  return useMutation({
    mutationFn: async (acknowledgement: Acknowledgement) => {
      if (await produce(acknowledgement, message)) await record.mutateAsync({ id: acknowledgement.id });
    },
    onError: (error) => void message.error(toApiError(error).message),
  });
}
