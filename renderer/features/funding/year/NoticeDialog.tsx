// 打印公示: opens on the next working day (from the holiday calendar), shows the posting period's end as
// the clerk changes start or length, and delivers the PDF produced by funding.notice: in the desktop app
// to the printer by default (or saved), in browser mode as a download. The dialog stays open, showing
// progress, until the shell has printed or the clerk has closed the print dialog.
import { App, Form, Modal } from 'antd';
import dayjs from 'dayjs';
import { fundingNoticeInput } from '../../../../shared/features/funding/contract';
import { call } from '../../../api/client';
import { toApiError } from '../../../api/errors';
import { deliverFile } from '../../../api/files';
import { canPrint, printThroughShell } from '../../../api/printing';
import { usePostingEnd } from '../../../api/queries';
import { NoticeFormModal, type NoticeFormValues } from './NoticeFormModal';
import { useSchemaForm } from '../../../ui/forms/use-schema-form';
import { useToday } from '../../../ui/today';

export interface NoticeDialogProps {
  year: number;
  communities: { id: number; name: string }[];
  onClose: () => void;
}

const isoOf = (value: dayjs.Dayjs | null | undefined) => (value ? value.format('YYYY-MM-DD') : undefined);

export function NoticeDialog(props: NoticeDialogProps) {
  const { today } = useToday();
  const tomorrow = dayjs(today).add(1, 'day').format('YYYY-MM-DD');
  // A period of one working day from tomorrow ends on the first working day from tomorrow.
  const firstWorkingDay = usePostingEnd(tomorrow, 1);
  if (firstWorkingDay.isPending) {
    return <Modal open loading title="打印公示" footer={null} onCancel={props.onClose} />;
  }
  return <NoticeForm {...props} defaultStart={firstWorkingDay.data?.endDate ?? tomorrow} />;
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
      startDate: isoOf(values.startDate),
      workingDays: values.workingDays ?? undefined,
      issueDate: isoOf(values.issueDate),
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
  const startDate = Form.useWatch('startDate', form);
  const workingDays = Form.useWatch('workingDays', form);
  const days = typeof workingDays === 'number' && workingDays >= 1 && workingDays <= 30 ? workingDays : null;
  const start = isoOf(startDate) ?? null;
  const end = usePostingEnd(start, days);
  return (
    <NoticeFormModal
      year={year}
      form={form}
      initialValues={{
        startDate: dayjs(defaultStart),
        workingDays: 5,
        issueDate: dayjs(today),
        communityId: 'all',
        delivery: printable ? 'print' : undefined,
      }}
      communities={communities}
      printable={printable}
      endDate={start !== null && days !== null ? (end.data?.endDate ?? null) : null}
      endDateLoading={end.isFetching}
      endDateError={end.isError ? toApiError(end.error).message : null}
      uncoveredYears={start !== null && days !== null ? (end.data?.uncoveredYears ?? []) : []}
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
