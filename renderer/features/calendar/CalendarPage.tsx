// 节假日 (/settings/calendar): the year's holiday arrangements used to count a notice's posting period in
// working days, and the office's own additions or corrections. `?year=` opens on a year (the notice forms
// link here when a posting period runs into a year without arrangements).
import { App, Card, Select, Space, Typography } from 'antd';
import { useState } from 'react';
import { useSearchParams } from 'react-router';
import type { CalendarEntry } from '../../../shared/features/calendar/contract';
import { isLedgerYear } from '../../../shared/domain/years';
import { useChannelMutation } from '../../api/mutations';
import { useCalendar } from './queries';
import { useToday } from '../../ui/today';
import { CalendarEntryForm } from './CalendarEntryForm';
import { CalendarTable } from './CalendarTable';
import { PageState } from '../../ui/PageState';

export function CalendarPage() {
  const { message } = App.useApp();
  const currentYear = useToday().year;
  const [searchParams] = useSearchParams();
  const [year, setYear] = useState(() => requestedYear(searchParams.get('year')) ?? currentYear);
  const [editing, setEditing] = useState<{ entry: CalendarEntry | undefined; serial: number }>({
    entry: undefined,
    serial: 0,
  });
  const calendar = useCalendar(year);
  const save = useChannelMutation('calendar.save');
  const nearYears = [currentYear - 2, currentYear - 1, currentYear, currentYear + 1, currentYear + 2];
  const years = nearYears.includes(year) ? nearYears : [...nearYears, year].sort((a, b) => a - b);

  return (
    <Card
      title={
        <Space>
          节假日
          <Select<number>
            aria-label="选择年度"
            style={{ width: 120 }}
            value={year}
            onChange={setYear}
            options={years.map((value) => ({ value, label: `${value} 年` }))}
            data-testid="calendar-year-select"
          />
        </Space>
      }
    >
      <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
        <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
          公示期按工作日计算：周末休息，国务院公布的放假日不计、调休上班日计入。内置安排随程序提供；本单位录入的日期优先，选「按平常」可取消某天的内置安排。
        </Typography.Paragraph>
        <CalendarEntryForm
          key={`${editing.entry?.date ?? 'new'}-${editing.serial}`}
          entry={editing.entry}
          onSubmit={async (fields) => {
            await save.mutateAsync(fields);
            setEditing((previous) => ({ entry: undefined, serial: previous.serial + 1 }));
            if (fields.date.slice(0, 4) !== String(year)) setYear(Number(fields.date.slice(0, 4)));
            void message.success(`已保存 ${fields.date}`);
          }}
        />
        {calendar.isError && <PageState state="error" error={calendar.error} />}
        <CalendarTable
          entries={calendar.data ?? []}
          loading={calendar.isFetching}
          onEdit={(entry) => setEditing((previous) => ({ entry, serial: previous.serial + 1 }))}
        />
      </Space>
    </Card>
  );
}

function requestedYear(value: string | null): number | null {
  const year = Number(value);
  return value !== null && isLedgerYear(year) ? year : null;
}
