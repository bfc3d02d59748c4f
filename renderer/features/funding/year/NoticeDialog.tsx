// 打印公示: opens on the next working day (from the holiday calendar), shows the posting period's end as
// the clerk changes start or length, and delivers the PDF produced by funding.notice: in the desktop app
// to the printer by default (or saved), in browser mode as a download. The dialog stays open, showing
// progress, until the shell has printed or the clerk has closed the print dialog.
import dayjs from 'dayjs';
import { useToday } from '../../../ui/today';
import { App, Modal } from 'antd';
import { fundingNoticeInput } from '../../../../shared/features/funding/contract';
import { call } from '../../../api/client';
import { deliverFile } from '../../../api/files';
import { canPrint, printThroughShell } from '../../../api/printing';
import { NoticeFormModal, type NoticeFormValues } from './NoticeFormModal';
import { useSchemaForm } from '../../../ui/forms/use-schema-form';
import {
  initialPostingPeriod,
  postingPeriodInput,
  useDefaultPostingStart,
  usePostingPeriod,
} from '../../calendar';

export interface NoticeDialogProps {
  year: number;
  communities: { id: number; name: string }[];
  onClose: () => void;
}

export function NoticeDialog(props: NoticeDialogProps) {
  const defaultStart = useDefaultPostingStart();
  if (defaultStart.pending) {
    return <Modal open loading title="打印公示" footer={null} onCancel={props.onClose} />;
  }
  return <NoticeForm {...props} defaultStart={defaultStart.start} />;
}

function NoticeForm({
  year,
  communities,
  onClose,
  defaultStart,
}: NoticeDialogProps & { defaultStart: string }) {
  const { message } = App.useApp();
  const { today } = useToday();
  const printable = canPrint();
  const { form, submitting, onFinish } = useSchemaForm<typeof fundingNoticeInput, NoticeFormValues>({
    schema: fundingNoticeInput,
    guardsLeave: false,
    toInput: (values) => ({
      year,
      communityId: values.communityId === 'all' ? undefined : values.communityId,
      ...postingPeriodInput(values),
    }),
    submit: async (input) => {
      if (printable && form.getFieldValue('delivery') === 'print') {
        await printThroughShell('funding.notice', input, message);
      } else {
        deliverFile(await call('funding.notice', input), message);
      }
      onClose();
    },
  });
  const period = usePostingPeriod(form);
  return (
    <NoticeFormModal
      year={year}
      form={form}
      initialValues={{
        ...initialPostingPeriod(defaultStart, dayjs(today)),
        communityId: 'all',
        delivery: printable ? 'print' : undefined,
      }}
      communities={communities}
      printable={printable}
      period={period}
      submitting={submitting}
      onFinish={(values) => {
        // Enter in a field submits even while the submit button spins: one notice at a time.
        if (!submitting) void onFinish(values);
      }}
      // Closing mid-print would let a second print start while the shell is still busy with this one.
      onCancel={submitting ? () => undefined : onClose}
    />
  );
}
