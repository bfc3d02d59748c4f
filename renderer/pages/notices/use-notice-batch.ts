// 每个社区一个文件: calls lists.notice once per community, in order, delivering each file as it arrives.
// Cancelling stops before the next community (the one being produced still arrives). The calls share a
// batch id, so the desktop shell asks for a folder once; declining that folder ends the series.
import { App } from 'antd';
import { useRef, useState } from 'react';
import type { z } from 'zod';
import type { listNoticeInput } from '../../../shared/contract/public-lists';
import { call } from '../../api/client';
import { toApiError } from '../../api/errors';
import { deliverFile } from '../../api/files';
import type { NoticeBatchState } from '../../components/NoticeBatchProgress';

type NoticeInput = z.output<typeof listNoticeInput>;

export function useNoticeBatch() {
  const { message } = App.useApp();
  const [state, setState] = useState<NoticeBatchState | null>(null);
  const canceled = useRef(false);

  async function run(input: Omit<NoticeInput, 'communityId'>, communities: { id: number; name: string }[]) {
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
        deliverFile(file, message);
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

  return {
    state,
    running: state?.running ?? false,
    run,
    cancel: () => {
      canceled.current = true;
    },
  };
}
