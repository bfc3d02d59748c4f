// 院落 of one community: the table plus the add / edit modal and archive / restore.
import { PlusOutlined } from '@ant-design/icons';
import { App, Card } from 'antd';
import { ChannelButton } from '../../ui/signed-in';
import { useState } from 'react';
import type { CommunityDetail, Courtyard } from '../../../shared/features/register/contract';
import { toApiError } from '../../api/errors';
import { useChannelMutation } from '../../api/mutations';
import { CourtyardFormModal } from './CourtyardFormModal';
import { CourtyardTable } from './CourtyardTable';

type Editing = { mode: 'add' } | { mode: 'edit'; courtyard: Courtyard } | null;

export function CourtyardsSection({ detail }: { detail: CommunityDetail }) {
  const { message } = App.useApp();
  const [editing, setEditing] = useState<Editing>(null);
  const [busyId, setBusyId] = useState<number | null>(null);
  const create = useChannelMutation('courtyards.create');
  const update = useChannelMutation('courtyards.update');
  const archive = useChannelMutation('courtyards.archive');
  const restore = useChannelMutation('courtyards.restore');

  async function changeStatus(courtyard: Courtyard, action: 'archive' | 'restore'): Promise<void> {
    setBusyId(courtyard.id);
    try {
      await (action === 'archive' ? archive : restore).mutateAsync({ id: courtyard.id });
      void message.success(`已${action === 'archive' ? '归档' : '恢复'}院落「${courtyard.name}」`);
    } catch (error) {
      void message.error(toApiError(error).message);
    } finally {
      setBusyId(null);
    }
  }

  return (
    <Card
      title="院落"
      extra={
        <ChannelButton
          channel="courtyards.create"
          icon={<PlusOutlined />}
          onClick={() => setEditing({ mode: 'add' })}
          data-testid="courtyard-add"
        >
          新增院落
        </ChannelButton>
      }
      data-testid="courtyard-card"
    >
      <CourtyardTable
        courtyards={detail.courtyards}
        busyId={busyId}
        onEdit={(courtyard) => setEditing({ mode: 'edit', courtyard })}
        onArchive={(courtyard) => void changeStatus(courtyard, 'archive')}
        onRestore={(courtyard) => void changeStatus(courtyard, 'restore')}
      />
      {editing && (
        <CourtyardFormModal
          courtyard={editing.mode === 'edit' ? editing.courtyard : undefined}
          onCancel={() => setEditing(null)}
          onSubmit={async (fields) => {
            const saved =
              editing.mode === 'edit'
                ? await update.mutateAsync({ id: editing.courtyard.id, ...fields })
                : await create.mutateAsync({ communityId: detail.community.id, ...fields });
            setEditing(null);
            void message.success(`已${editing.mode === 'edit' ? '保存' : '新增'}院落「${saved.name}」`);
          }}
        />
      )}
    </Card>
  );
}
