// The posting part of a disclosure notice's form, shared by 打印公示 and 登记已张贴: the day it goes up on
// the board, how many working days it stays there, and the last day worked out from the holiday calendar
// as the clerk types (usePostingPeriod watches the fields startDate / workingDays).
import { Form, Typography, type FormInstance } from 'antd';
import type { Dayjs } from 'dayjs';
import { formatChineseDate } from '../../../../shared/domain/dates';
import { DateField } from '../../../ui/DateField';
import { NumberInput, type NumberFieldValue } from '../../../ui/forms/NumberInput';
import { usePostingPeriod, type PostingPeriodValues } from '../../calendar';

export interface NoticePostingValues {
  startDate: Dayjs | null;
  workingDays: NumberFieldValue;
}

/** The period's part of a disclosure channel's input; a missing value stays missing for the schema. */
export function noticePostingInput(values: NoticePostingValues) {
  return {
    publishedOn: values.startDate ? values.startDate.format('YYYY-MM-DD') : undefined,
    workingDays: values.workingDays ?? undefined,
  };
}

export function NoticePostingFields<V extends NoticePostingValues>({
  form,
  testId,
}: {
  form: FormInstance<V>;
  testId: string;
}) {
  // The hook reads startDate and workingDays only, which both forms hold.
  const period = usePostingPeriod(form as unknown as FormInstance<PostingPeriodValues>);
  return (
    <>
      <Form.Item label="公示开始日期" name="startDate" required extra="张贴到公示栏的日期">
        <DateField allowClear={false} data-testid={`${testId}-start`} />
      </Form.Item>
      <Form.Item label="公示期" name="workingDays" required>
        <NumberInput suffix="个工作日" data-testid={`${testId}-days`} />
      </Form.Item>
      <Typography.Paragraph type={period.endDateError ? 'danger' : 'secondary'} data-testid={`${testId}-end`}>
        公示期截止：
        {period.endDateError ??
          (period.endDate ? formatChineseDate(period.endDate) : period.endDateLoading ? '计算中…' : '—')}
      </Typography.Paragraph>
    </>
  );
}
