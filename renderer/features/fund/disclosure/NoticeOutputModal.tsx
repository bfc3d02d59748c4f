// 打印公示 of a disclosure notice (the quarter's 收支公示 or a project's 公益项目公示): the posting period and
// the phones residents call (the office settings' by default), then the PDF to the printer in the desktop
// app (or saved), downloaded in browser mode. The modal stays open, its button spinning, until the shell
// has printed or the clerk closed the print dialog; `onDone` hears the posting period that was printed.
import { App, Col, Form, Input, Modal, Row } from 'antd';
import dayjs from 'dayjs';
import type { ChannelInput } from '../../../../shared/contract';
import {
  projectNoticeInput,
  quarterNoticeInput,
} from '../../../../shared/features/fund/disclosure/disclosure-fields';
import { call } from '../../../api/client';
import { deliverFile } from '../../../api/files';
import { canPrint, printThroughShell, type OutputMethod } from '../../../api/printing';
import { DeliveryField } from '../../../ui/DeliveryField';
import { useSchemaForm } from '../../../ui/forms/use-schema-form';
import { FormModal } from '../../../ui/FormModal';
import { useToday } from '../../../ui/today';
import { useOffice } from '../../office';
import { NoticePostingFields, noticePostingInput, type NoticePostingValues } from './NoticePostingFields';

export type NoticeTarget =
  | { channel: 'fund.quarterNoticePdf'; input: { year: number; quarter: number } }
  | { channel: 'fund.projectNoticePdf'; input: { projectId: number } };

interface NoticeValues extends NoticePostingValues {
  contactPerson: string;
  contactPhone: string;
  supervisionPhone: string;
  delivery?: OutputMethod;
}

export interface PrintedPosting {
  publishedOn: string;
  workingDays: number;
}

export interface NoticeOutputModalProps {
  title: string;
  target: NoticeTarget;
  testId: string;
  onDone: (posting: PrintedPosting) => void;
  onClose: () => void;
}

export function NoticeOutputModal(props: NoticeOutputModalProps) {
  const office = useOffice();
  if (office.isPending)
    return <Modal open loading title={props.title} footer={null} onCancel={props.onClose} />;
  const contacts = {
    contactPerson: office.data?.contactPerson ?? '',
    contactPhone: office.data?.contactPhone ?? '',
    supervisionPhone: office.data?.supervisionPhone ?? '',
  };
  return <NoticeOutputForm {...props} contacts={contacts} />;
}

async function produce(
  target: NoticeTarget,
  input: ChannelInput<NoticeTarget['channel']>,
  print: boolean,
  message: ReturnType<typeof App.useApp>['message'],
): Promise<void> {
  if (print) await printThroughShell(target.channel, input, message);
  else deliverFile(await call(target.channel, input), message);
}

function NoticeOutputForm({
  title,
  target,
  testId,
  onDone,
  onClose,
  contacts,
}: NoticeOutputModalProps & { contacts: Omit<NoticeValues, keyof NoticePostingValues | 'delivery'> }) {
  const { message } = App.useApp();
  const { today } = useToday();
  const printable = canPrint();
  const schema = target.channel === 'fund.quarterNoticePdf' ? quarterNoticeInput : projectNoticeInput;
  const { form, submitting, onFinish } = useSchemaForm<typeof schema, NoticeValues>({
    schema,
    guardsLeave: false,
    toInput: (values) => ({
      ...target.input,
      ...noticePostingInput(values),
      contactPerson: values.contactPerson,
      contactPhone: values.contactPhone,
      supervisionPhone: values.supervisionPhone,
    }),
    submit: async (input) => {
      await produce(target, input, printable && form.getFieldValue('delivery') === 'print', message);
      onDone({ publishedOn: input.publishedOn, workingDays: input.workingDays });
      onClose();
    },
  });
  return (
    <FormModal<NoticeValues>
      title={title}
      form={form}
      // Printed and posted the same day, as a rule: the register then takes the printed date as it is.
      initialValues={{
        startDate: dayjs(today),
        workingDays: 5,
        ...contacts,
        delivery: printable ? 'print' : undefined,
      }}
      submitting={submitting}
      onFinish={(values) => {
        if (!submitting) void onFinish(values);
      }}
      onCancel={submitting ? () => undefined : onClose}
      testId={testId}
      submitText={printable ? '输出' : '下载PDF'}
      asksBeforeClosing={false}
    >
      <NoticePostingFields form={form} testId={testId} />
      <Row gutter={12}>
        <Col span={8}>
          <Form.Item label="联系人" name="contactPerson">
            <Input maxLength={30} data-testid={`${testId}-contact`} />
          </Form.Item>
        </Col>
        <Col span={8}>
          <Form.Item label="联系电话" name="contactPhone">
            <Input maxLength={30} data-testid={`${testId}-phone`} />
          </Form.Item>
        </Col>
        <Col span={8}>
          <Form.Item label="监督电话" name="supervisionPhone">
            <Input maxLength={30} data-testid={`${testId}-supervision`} />
          </Form.Item>
        </Col>
      </Row>
      {printable && <DeliveryField testId={`${testId}-delivery`} />}
    </FormModal>
  );
}
