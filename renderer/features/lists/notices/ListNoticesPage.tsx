// 公示打印 (/notices): prints a community's two lists, or Kunming's three lists, for posting — merged into
// one PDF (one community or all, a section each) or one file per community with progress and 取消. In the
// desktop app a merged notice goes to the printer by default; one file per community is always saved.
import { Alert, App, Card, Form, Modal, Space, Typography } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { listNoticeInput } from '../../../../shared/features/lists/contract';
import { call } from '../../../api/client';
import { toApiError } from '../../../api/errors';
import { deliverFile } from '../../../api/files';
import { canPrint, printThroughShell, type OutputMethod } from '../../../api/printing';
import { useCommunities, usePostingEnd } from '../../../api/queries';
import { ListNoticeForm, type ListNoticeFormValues } from './ListNoticeForm';
import { NoticeBatchProgress } from './NoticeBatchProgress';
import { useSchemaForm } from '../../../ui/forms/use-schema-form';
import { useNoticeBatch } from './use-notice-batch';
import { useToday } from '../../../ui/today';

const isoOf = (value: dayjs.Dayjs | null | undefined) => (value ? value.format('YYYY-MM-DD') : undefined);

export function ListNoticesPage() {
  const { today } = useToday();
  const tomorrow = dayjs(today).add(1, 'day').format('YYYY-MM-DD');
  // A period of one working day from tomorrow ends on the first working day from tomorrow.
  const firstWorkingDay = usePostingEnd(tomorrow, 1);
  const communities = useCommunities({ status: 'active' });
  if (firstWorkingDay.isPending || communities.isPending) return <Card title="公示打印" loading />;
  if (communities.isError) return <Alert type="error" showIcon title={communities.error.message} />;
  return (
    <NoticeScreen defaultStart={firstWorkingDay.data?.endDate ?? tomorrow} communities={communities.data} />
  );
}

function NoticeScreen({
  defaultStart,
  communities,
}: {
  defaultStart: string;
  communities: { id: number; name: string }[];
}) {
  const { message } = App.useApp();
  const { today } = useToday();
  const batch = useNoticeBatch();
  const printable = canPrint();
  /** The merged notice on its way: being produced for saving, or with the shell for printing. */
  const [merging, setMerging] = useState<OutputMethod | null>(null);
  const { form, onFinish } = useSchemaForm<typeof listNoticeInput, ListNoticeFormValues>({
    schema: listNoticeInput,
    guardsLeave: false,
    toInput: (values) => ({
      kind: values.kind,
      communityId: values.communityIds.length === 1 ? values.communityIds[0] : undefined,
      startDate: isoOf(values.startDate),
      workingDays: values.workingDays ?? undefined,
      issueDate: isoOf(values.issueDate),
    }),
    submit: async (input) => {
      const values = form.getFieldsValue();
      const chosen =
        values.communityIds.length === 0
          ? communities
          : communities.filter((community) => values.communityIds.includes(community.id));
      if (values.mode === 'per_community') {
        const { communityId: _single, ...rest } = input;
        await batch.run(rest, chosen);
        return;
      }
      if (chosen.length > 1 && chosen.length < communities.length) {
        form.setFields([
          {
            name: 'mode',
            errors: ['合并为一个PDF只能选一个社区或全部社区；选择了几个社区时请用「每个社区一个文件」'],
          },
        ]);
        return;
      }
      const method = printable && values.delivery === 'print' ? 'print' : 'save';
      setMerging(method);
      try {
        if (method === 'print') await printThroughShell('lists.notice', input, message);
        else deliverFile(await call('lists.notice', input), message);
      } finally {
        setMerging(null);
      }
    },
  });
  const startDate = Form.useWatch('startDate', form);
  const workingDays = Form.useWatch('workingDays', form);
  const days = typeof workingDays === 'number' && workingDays >= 1 && workingDays <= 30 ? workingDays : null;
  const start = isoOf(startDate) ?? null;
  const end = usePostingEnd(start, days);
  return (
    <Card title="公示打印">
      <Space orientation="vertical" size="large" style={{ width: '100%' }}>
        <ListNoticeForm
          form={form}
          initialValues={{
            kind: 'two_lists',
            mode: 'merged',
            communityIds: [],
            startDate: dayjs(defaultStart),
            workingDays: 5,
            issueDate: dayjs(today),
            delivery: printable ? 'print' : undefined,
          }}
          communities={communities}
          endDate={start !== null && days !== null ? (end.data?.endDate ?? null) : null}
          endDateLoading={end.isFetching}
          endDateError={end.isError ? toApiError(end.error).message : null}
          uncoveredYears={start !== null && days !== null ? (end.data?.uncoveredYears ?? []) : []}
          printable={printable}
          printing={merging === 'print'}
          running={batch.running || merging !== null}
          onFinish={(values) => void onFinish(values)}
        />
        {batch.state && <NoticeBatchProgress state={batch.state} onCancel={batch.cancel} />}
      </Space>
      {merging === 'save' && <Modal open closable={false} footer={null} title="正在生成公示PDF…" loading />}
      {merging === 'print' && (
        <Modal open closable={false} footer={null} title="正在打印公示…">
          <Typography.Text type="secondary" data-testid="notice-printing">
            正在准备打印；请在系统打印对话框中选择打印机并打印，或取消打印。
          </Typography.Text>
        </Modal>
      )}
    </Card>
  );
}
