// 每个社区一个文件: calls lists.notice once per community, in order. Cancelling stops before the next
// community (the one being produced still arrives). The calls share a batch id, so the desktop shell asks
// for a folder once and saves each file into it as it arrives (declining that folder ends the series);
// in browser mode the files are kept and downloaded at the end as one zip, also after a cancel or an error.
import { App } from 'antd';
import { useRef, useState } from 'react';
import type { z } from 'zod';
import type { FileAnswer } from '../../../../shared/contract/files';
import type { listNoticeInput } from '../../../../shared/features/lists/contract';
import { call } from '../../../api/client';
import { toApiError } from '../../../api/errors';
import { deliverFile, deliverSeriesAsZip, shellSavesSeries } from '../../../api/files';
import type { NoticeBatchState } from './NoticeBatchProgress';

type NoticeInput = z.output<typeof listNoticeInput>;

const zipName = (kind: NoticeInput['kind'], count: number) =>
  `${kind === 'two_lists' ? '两个清单' : '三个清单'}公示（${count}个社区）.zip`;

export function useNoticeBatch() {
  const { message } = App.useApp();
  const [state, setState] = useState<NoticeBatchState | null>(null);
  const canceled = useRef(false);

  async function produce(
    input: Omit<NoticeInput, 'communityId'>,
    communities: { id: number; name: string }[],
    keep: (file: FileAnswer) => void,
  ) {
    canceled.current = false;
    const total = communities.length;
    let done = 0;
    const batchId = crypto.randomUUID();
    for (const [index, community] of communities.entries()) {
      if (canceled.current) {
        setState({ done, total, current: null, running: false, canceled: true, error: null });
        return;
      }
      setState({ done, total, current: community.name, running: true, canceled: false, error: null });
      try {
        const file = await call('lists.notice', {
          ...input,
          communityId: community.id,
          batch: { id: batchId, index, total },
        });
        keep(file);
        if (file.canceled) {
          canceled.current = true;
          continue;
        }
      } catch (error) {
        const reason = `${community.name}：${toApiError(error).message}`;
        setState({ done, total, current: null, running: false, canceled: false, error: reason });
        return;
      }
      done += 1;
    }
    setState({ done, total, current: null, running: false, canceled: canceled.current, error: null });
  }

  async function run(input: Omit<NoticeInput, 'communityId'>, communities: { id: number; name: string }[]) {
    if (shellSavesSeries()) {
      await produce(input, communities, (file) => deliverFile(file, message));
      return;
    }
    const files: FileAnswer[] = [];
    await produce(input, communities, (file) => files.push(file));
    if (files.length > 0) deliverSeriesAsZip(files, zipName(input.kind, files.length), message);
  }

  return {
    state,
    running: state?.running ?? false,
    run,
    cancel: () => {
      canceled.current = true;
    },
  };
}
