// 登记已张贴: the 经办人 records that a notice is on the board (from which day, for how many working days).
// The register and the dashboard's calendar read it; a quarter's notice and a year's report are recorded
// once, which the backend refuses to do twice, naming the day it was recorded.
import { App, Descriptions } from 'antd';
import type { ReactNode } from 'react';
import dayjs from 'dayjs';
import {
  disclosureKindLabels,
  recordDisclosureInput,
  type DisclosureKind,
} from '../../../../shared/features/fund/disclosure/disclosure-fields';
import { useChannelMutation } from '../../../api/mutations';
import { ChannelButton } from '../../../ui/signed-in';
import { useSchemaForm } from '../../../ui/forms/use-schema-form';
import { FormModal } from '../../../ui/FormModal';
import { useToday } from '../../../ui/today';
import type { PrintedPosting } from './NoticeOutputModal';
import { NoticePostingFields, noticePostingInput, type NoticePostingValues } from './NoticePostingFields';

export interface DisclosureSubject {
  kind: DisclosureKind;
  year: number;
  quarter: number | null;
  projectId: number | null;
  /** 2026年第4季度, 微基金项目〔2026〕3号 …: what the clerk sees it is about. */
  label: string;
}

export interface RecordDisclosureModalProps {
  subject: DisclosureSubject;
  /** The posting period of the notice just printed, proposed as it is. */
  printed: PrintedPosting | null;
  onClose: () => void;
}

export function RecordDisclosureModal({ subject, printed, onClose }: RecordDisclosureModalProps) {
  const { message } = App.useApp();
  const { today } = useToday();
  const record = useChannelMutation('fund.recordDisclosure');
  const { form, submitting, onFinish } = useSchemaForm<typeof recordDisclosureInput, NoticePostingValues>({
    schema: recordDisclosureInput,
    guardsLeave: false,
    toInput: (values) => ({
      kind: subject.kind,
      // A project's update or closing is filed under the year it went up; a quarter or a year under its own.
      year: subject.projectId !== null && values.startDate ? values.startDate.year() : subject.year,
      quarter: subject.quarter,
      projectId: subject.projectId,
      ...noticePostingInput(values),
    }),
    submit: async (input) => {
      await record.mutateAsync(input);
      void message.success(`已登记${disclosureKindLabels[subject.kind]}：${subject.label}`);
      onClose();
    },
  });
  return (
    <FormModal<NoticePostingValues>
      title="登记已张贴"
      form={form}
      initialValues={{
        startDate: dayjs(printed?.publishedOn ?? today),
        workingDays: printed?.workingDays ?? 5,
      }}
      submitting={submitting}
      onFinish={(values) => {
        if (!submitting) void onFinish(values);
      }}
      onCancel={onClose}
      testId="fund-disclosure-record"
      submitText="登记"
      width={460}
    >
      <Descriptions
        size="small"
        column={1}
        style={{ marginBottom: 12 }}
        items={[
          { key: 'kind', label: '公开类型', children: disclosureKindLabels[subject.kind] },
          { key: 'what', label: '公开内容', children: subject.label },
        ]}
      />
      <NoticePostingFields form={form} testId="fund-disclosure-record" />
    </FormModal>
  );
}

/** 登记已张贴 / 登记已公开: for 经办人 only, and no more once the register holds the notice. */
export function RecordButton(props: {
  posted: boolean;
  onClick: () => void;
  testId: string;
  children: ReactNode;
}) {
  return (
    <ChannelButton
      channel="fund.recordDisclosure"
      disabled={props.posted}
      onClick={props.onClick}
      data-testid={props.testId}
    >
      {props.children}
    </ChannelButton>
  );
}
