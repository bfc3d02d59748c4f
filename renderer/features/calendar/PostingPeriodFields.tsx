// The posting period of a notice, the same in every notice form: when the posting starts, how many working
// days it runs, the end date worked out from the holiday calendar (shown live as the clerk types) and the
// issue date, with a warning when the period runs into a year the holiday calendar has nothing for. Field
// names startDate / workingDays / issueDate; test ids notice-*.
import { Alert, Form, Typography } from 'antd';
import { Link } from 'react-router';
import { formatChineseDate } from '../../../shared/domain/dates';
import { yearsWithoutCalendarWarning } from '../../../shared/features/calendar/working-days';
import { NumberInput } from '../../ui/forms/NumberInput';
import { DateField } from '../../ui/DateField';

/** The period's end as usePostingPeriod works it out. */
export interface PostingPeriodState {
  /** The last day of the posting period for the chosen start and days; null while unknown. */
  endDate: string | null;
  endDateLoading: boolean;
  endDateError: string | null;
  /** Years of the period without holiday arrangements (calendar.postingEnd): the end date may be wrong. */
  uncoveredYears: readonly number[];
}

export interface PostingPeriodFieldsProps extends PostingPeriodState {
  /** Width of the inputs: the full width in a modal, a fixed one on a page. */
  inputWidth?: number | '100%';
}

function EndDate({ endDate, endDateLoading, endDateError }: PostingPeriodFieldsProps) {
  if (endDateError !== null) return <Alert type="error" showIcon title={endDateError} />;
  return (
    <Typography.Text data-testid="notice-end-date" data-end-date={endDate ?? ''}>
      公示期截止：
      <strong>{endDate === null ? (endDateLoading ? '计算中…' : '—') : formatChineseDate(endDate)}</strong>
      {endDate !== null && `（${endDate}）`}
    </Typography.Text>
  );
}

/** Told before printing, with the way to the calendar screen on that year. */
function UncoveredYearsWarning({ years }: { years: readonly number[] }) {
  if (years.length === 0) return null;
  return (
    <Alert
      type="warning"
      showIcon
      title={yearsWithoutCalendarWarning(years)}
      action={<Link to={`/settings/calendar?year=${years[0]}`}>去录入节假日</Link>}
      style={{ marginTop: 8 }}
      data-testid="notice-calendar-warning"
    />
  );
}

export function PostingPeriodFields(props: PostingPeriodFieldsProps) {
  const width = { width: props.inputWidth ?? '100%' };
  return (
    <>
      <Form.Item
        label="公示开始日期"
        name="startDate"
        required
        extra="开始日不是工作日时，从其后第一个工作日起算"
      >
        <DateField style={width} allowClear={false} data-testid="notice-start-date" />
      </Form.Item>
      <Form.Item label="公示期" name="workingDays" required>
        <NumberInput suffix="个工作日" style={width} data-testid="notice-working-days" />
      </Form.Item>
      <Form.Item>
        <EndDate {...props} />
        {props.endDate !== null && props.endDateError === null && (
          <UncoveredYearsWarning years={props.uncoveredYears} />
        )}
      </Form.Item>
      <Form.Item label="落款日期" name="issueDate" required>
        <DateField style={width} allowClear={false} data-testid="notice-issue-date" />
      </Form.Item>
    </>
  );
}
