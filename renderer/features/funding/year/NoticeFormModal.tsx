// 打印公示: when the posting starts, how many working days it runs (the end date is worked out from the
// holiday calendar and shown live), the issue date, and one community or all of them; in the desktop app
// also 输出方式 (打印 by default, or 保存为PDF).
import { Form, Select, type FormInstance } from 'antd';
import type { OutputMethod } from '../../../api/printing';
import { DeliveryField } from '../../../ui/DeliveryField';
import { FormModal } from '../../../ui/FormModal';
import { PostingPeriodFields, type PostingPeriodValues, type PostingPeriodState } from '../../calendar';

export interface NoticeFormValues extends PostingPeriodValues {
  /** 'all' prints every community of the year in one document. */
  communityId: number | 'all';
  /** Desktop app only (the field is not shown in browser mode, where the PDF is downloaded). */
  delivery?: OutputMethod;
}

export interface NoticeFormModalProps {
  year: number;
  form: FormInstance<NoticeFormValues>;
  initialValues: NoticeFormValues;
  communities: { id: number; name: string }[];
  period: PostingPeriodState;
  /** The desktop app: offer 输出方式. */
  printable: boolean;
  submitting: boolean;
  onFinish: (values: NoticeFormValues) => void;
  onCancel: () => void;
}

export function NoticeFormModal(props: NoticeFormModalProps) {
  const { year, form, initialValues, communities, printable, submitting, onFinish, onCancel } = props;
  const delivery = Form.useWatch('delivery', form);
  const printing = printable && delivery === 'print';
  return (
    <FormModal<NoticeFormValues>
      title={`打印 ${year} 年社区工作经费公示`}
      form={form}
      initialValues={initialValues}
      submitting={submitting}
      onFinish={onFinish}
      onCancel={onCancel}
      asksBeforeClosing={false}
      testId="notice"
      submitText={printing ? (submitting ? '正在打印…' : '打印') : '生成公示'}
      width={520}
    >
      <div data-testid="notice-modal">
        <Form.Item label="公示社区" name="communityId" required>
          <Select
            showSearch={{ optionFilterProp: 'label' }}
            options={[
              { value: 'all', label: '全部社区（一份文件）' },
              ...communities.map((community) => ({ value: community.id, label: community.name })),
            ]}
            data-testid="notice-community"
          />
        </Form.Item>
        <PostingPeriodFields {...props.period} />
        {printable && <DeliveryField testId="notice-delivery" />}
      </div>
    </FormModal>
  );
}
