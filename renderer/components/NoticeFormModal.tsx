// 打印公示: when the posting starts, how many working days it runs (the end date is worked out from the
// holiday calendar and shown live), the issue date, and one community or all of them; in the desktop app
// also 输出方式 (打印 by default, or 保存为PDF).
import { Alert, Form, InputNumber, Select, Typography, type FormInstance } from 'antd';
import { DateField } from './DateField';
import type { Dayjs } from 'dayjs';
import { formatChineseDate } from '../../shared/domain/dates';
import type { OutputMethod } from '../api/printing';
import { DeliveryField } from './DeliveryField';
import { FormModal } from './FormModal';

export interface NoticeFormValues {
  startDate: Dayjs | null;
  workingDays: number | null;
  issueDate: Dayjs | null;
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
  /** The last day of the posting period for the chosen start and days; null while unknown. */
  endDate: string | null;
  endDateLoading: boolean;
  endDateError: string | null;
  /** The desktop app: offer 输出方式. */
  printable: boolean;
  submitting: boolean;
  onFinish: (values: NoticeFormValues) => void;
  onCancel: () => void;
}

function EndDate({
  endDate,
  loading,
  error,
}: {
  endDate: string | null;
  loading: boolean;
  error: string | null;
}) {
  if (error !== null) return <Alert type="error" showIcon title={error} />;
  return (
    <Typography.Text data-testid="notice-end-date" data-end-date={endDate ?? ''}>
      公示期截止：
      <strong>{endDate === null ? (loading ? '计算中…' : '—') : formatChineseDate(endDate)}</strong>
      {endDate !== null && `（${endDate}）`}
    </Typography.Text>
  );
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
        <Form.Item
          label="公示开始日期"
          name="startDate"
          required
          extra="开始日不是工作日时，从其后第一个工作日起算"
        >
          <DateField allowClear={false} data-testid="notice-start-date" />
        </Form.Item>
        <Form.Item label="公示期" name="workingDays" required>
          <InputNumber
            min={1}
            max={30}
            precision={0}
            suffix="个工作日"
            style={{ width: '100%' }}
            data-testid="notice-working-days"
          />
        </Form.Item>
        <Form.Item>
          <EndDate endDate={props.endDate} loading={props.endDateLoading} error={props.endDateError} />
        </Form.Item>
        <Form.Item label="落款日期" name="issueDate" required>
          <DateField allowClear={false} data-testid="notice-issue-date" />
        </Form.Item>
        {printable && <DeliveryField testId="notice-delivery" />}
      </div>
    </FormModal>
  );
}
