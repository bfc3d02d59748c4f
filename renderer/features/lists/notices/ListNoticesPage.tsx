// 公示打印 (/notices): prints a community's two lists, or Kunming's three lists, for posting — merged into
// one PDF (one community or all, a section each) or one file per community with progress and 取消. In the
// desktop app a merged notice goes to the printer by default; one file per community is always saved.
import dayjs from 'dayjs';
import { App, Card, Modal, Space, Typography } from 'antd';
import { useState } from 'react';
import { listNoticeInput } from '../../../../shared/features/lists/contract';
import { call } from '../../../api/client';
import { deliverFile } from '../../../api/files';
import { canPrint, printThroughShell, type OutputMethod } from '../../../api/printing';
import { useCommunities } from '../../register';
import { ListNoticeForm, type ListNoticeFormValues } from './ListNoticeForm';
import { NoticeBatchProgress } from './NoticeBatchProgress';
import { useSchemaForm } from '../../../ui/forms/use-schema-form';
import { useNoticeBatch } from './use-notice-batch';
import { useToday } from '../../../ui/today';
import { PageState } from '../../../ui/PageState';
import {
  initialPostingPeriod,
  postingPeriodInput,
  useDefaultPostingStart,
  usePostingPeriod,
} from '../../calendar';

export function ListNoticesPage() {
  const defaultStart = useDefaultPostingStart();
  const communities = useCommunities({ status: 'active' });
  if (defaultStart.pending || communities.isPending) return <PageState state="loading" />;
  if (communities.isError) return <PageState state="error" error={communities.error} />;
  return <NoticeScreen defaultStart={defaultStart.start} communities={communities.data} />;
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
      ...postingPeriodInput(values),
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
  const period = usePostingPeriod(form);
  return (
    <Card title="公示打印">
      <Space orientation="vertical" size="large" style={{ width: '100%' }}>
        <ListNoticeForm
          form={form}
          initialValues={{
            kind: 'two_lists',
            mode: 'merged',
            communityIds: [],
            ...initialPostingPeriod(defaultStart, dayjs(today)),
            delivery: printable ? 'print' : undefined,
          }}
          communities={communities}
          period={period}
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
