// Adds or overrides one date of the holiday calendar: 放假, 调休上班, or 按平常 (cancels a built-in entry).
import { SaveOutlined } from '@ant-design/icons';
import { Form, Input, Select } from 'antd';
import { ChannelButton } from '../../ui/signed-in';
import { DateField } from '../../ui/DateField';
import dayjs, { type Dayjs } from 'dayjs';
import type { z } from 'zod';
import {
  calendarKindLabels,
  calendarKinds,
  calendarSaveInput,
  type CalendarEntry,
  type CalendarKind,
} from '../../../shared/features/calendar/contract';
import { useSchemaForm } from '../../ui/forms/use-schema-form';

export type CalendarFields = z.output<typeof calendarSaveInput>;

interface CalendarFormValues {
  date: Dayjs | null;
  kind: CalendarKind;
  name: string;
}

export interface CalendarEntryFormProps {
  /** The entry being changed, or undefined for a new date. */
  entry: CalendarEntry | undefined;
  onSubmit: (fields: CalendarFields) => Promise<unknown>;
}

export function CalendarEntryForm({ entry, onSubmit }: CalendarEntryFormProps) {
  const { form, submitting, onFinish } = useSchemaForm<typeof calendarSaveInput, CalendarFormValues>({
    schema: calendarSaveInput,
    toInput: (values) => ({ date: values.date?.format('YYYY-MM-DD'), kind: values.kind, name: values.name }),
    submit: onSubmit,
  });
  return (
    <Form<CalendarFormValues>
      form={form}
      layout="inline"
      initialValues={{
        date: entry ? dayjs(entry.date) : null,
        kind: entry?.kind ?? 'holiday',
        name: entry?.name ?? '',
      }}
      onFinish={(values) => void onFinish(values)}
      autoComplete="off"
      data-testid="calendar-form"
      style={{ rowGap: 8 }}
    >
      <Form.Item label="日期" name="date" required>
        <DateField data-testid="calendar-date" />
      </Form.Item>
      <Form.Item label="类型" name="kind" required>
        <Select
          style={{ width: 200 }}
          options={calendarKinds.map((kind) => ({ value: kind, label: calendarKindLabels[kind] }))}
          data-testid="calendar-kind"
        />
      </Form.Item>
      <Form.Item label="名称" name="name">
        <Input
          maxLength={30}
          placeholder="如：春节、本单位调休"
          style={{ width: 200 }}
          data-testid="calendar-name"
        />
      </Form.Item>
      <Form.Item>
        <ChannelButton
          channel="calendar.save"
          type="primary"
          htmlType="submit"
          icon={<SaveOutlined />}
          loading={submitting}
          data-testid="calendar-submit"
        >
          保存
        </ChannelButton>
      </Form.Item>
    </Form>
  );
}
