// 打印公告 (a signed contract's public notice): the posting period from the holiday calendar (start,
// working days, end shown live, issue date) and the office's contact; to the printer in the desktop app
// (or saved), a download in browser mode.
import { App, Col, Form, Input, Modal, Row } from 'antd';
import dayjs from 'dayjs';
import { contractNoticeInput } from '../../../../shared/features/contracts/payment-fields';
import { call } from '../../../api/client';
import { deliverFile } from '../../../api/files';
import { canPrint, printThroughShell, type OutputMethod } from '../../../api/printing';
import { DeliveryField } from '../../../ui/DeliveryField';
import { useSchemaForm } from '../../../ui/forms/use-schema-form';
import { FormModal } from '../../../ui/FormModal';
import { useToday } from '../../../ui/today';
import {
  initialPostingPeriod,
  PostingPeriodFields,
  postingPeriodInput,
  useDefaultPostingStart,
  usePostingPeriod,
  type PostingPeriodValues,
} from '../../calendar';
import { useOffice } from '../../office';

interface NoticeValues extends PostingPeriodValues {
  contactPerson: string;
  contactPhone: string;
  delivery?: OutputMethod;
}

export interface ContractNoticeDialogProps {
  contractId: number;
  contractNo: string;
  onClose: () => void;
}

/** The office's contact as the notice's default: the person residents call about it. */
interface OfficeContact {
  contactPerson: string;
  contactPhone: string;
}

export function ContractNoticeDialog(props: ContractNoticeDialogProps) {
  const defaultStart = useDefaultPostingStart();
  const office = useOffice();
  if (defaultStart.pending || office.isPending)
    return <Modal open loading title="打印公告" footer={null} onCancel={props.onClose} />;
  const contact = {
    contactPerson: office.data?.contactPerson ?? '',
    contactPhone: office.data?.contactPhone ?? '',
  };
  return <NoticeForm {...props} defaultStart={defaultStart.start} contact={contact} />;
}

function NoticeForm({
  contractId,
  contractNo,
  onClose,
  defaultStart,
  contact,
}: ContractNoticeDialogProps & { defaultStart: string; contact: OfficeContact }) {
  const { message } = App.useApp();
  const { today } = useToday();
  const printable = canPrint();
  const { form, submitting, onFinish } = useSchemaForm<typeof contractNoticeInput, NoticeValues>({
    schema: contractNoticeInput,
    guardsLeave: false,
    toInput: (values) => ({
      contractId,
      ...postingPeriodInput(values),
      contactPerson: values.contactPerson,
      contactPhone: values.contactPhone,
    }),
    submit: async (input) => {
      if (printable && form.getFieldValue('delivery') === 'print')
        await printThroughShell('contracts.notice', input, message);
      else deliverFile(await call('contracts.notice', input), message);
      onClose();
    },
  });
  const period = usePostingPeriod(form);
  return (
    <FormModal<NoticeValues>
      title={`打印公告：${contractNo}`}
      form={form}
      initialValues={{
        ...initialPostingPeriod(defaultStart, dayjs(today)),
        ...contact,
        delivery: printable ? 'print' : undefined,
      }}
      submitting={submitting}
      onFinish={(values) => {
        if (!submitting) void onFinish(values);
      }}
      onCancel={submitting ? () => undefined : onClose}
      testId="contract-notice-form"
      submitText={printable ? '输出' : '下载公告'}
      asksBeforeClosing={false}
    >
      <PostingPeriodFields {...period} inputWidth="100%" />
      <Row gutter={16}>
        <Col span={12}>
          <Form.Item label="联系人" name="contactPerson" required>
            <Input maxLength={50} data-testid="contract-notice-contact" />
          </Form.Item>
        </Col>
        <Col span={12}>
          <Form.Item label="联系电话" name="contactPhone" required>
            <Input maxLength={30} data-testid="contract-notice-phone" />
          </Form.Item>
        </Col>
      </Row>
      {printable && <DeliveryField testId="contract-notice-delivery" />}
    </FormModal>
  );
}
