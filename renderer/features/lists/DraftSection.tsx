// The draft (修订稿) of one list: its items editable (add/edit in a form, delete, move up/down), then 发布
// (effective date and approver, confirmed) or 放弃修订稿 (confirmed).
import { DeleteOutlined, PlusOutlined, SendOutlined } from '@ant-design/icons';
import { App, Button, Space } from 'antd';
import { RefusalTip, useRoleRefusal } from '../../ui/signed-in';
import { useState } from 'react';
import { listKindLabels, type ListItem, type ListKind } from '../../../shared/features/lists/contract';
import { toApiError } from '../../api/errors';
import { useListVersion } from './queries';
import { useChannelMutation } from '../../api/mutations';
import { confirmPosting } from '../../ui/confirm-posting';
import { ListItemFormModal } from './ListItemFormModal';
import { ListItemsTable } from './ListItemsTable';
import { ListPublishModal } from './ListPublishModal';
import { ListVersionSummary } from './ListVersionSummary';
import { PageState } from '../../ui/PageState';

export interface DraftSectionProps {
  kind: ListKind;
  versionId: number;
  /** After publishing or discarding: the page shows the current version again. */
  onClosed: () => void;
}

export function DraftSection({ kind, versionId, onClosed }: DraftSectionProps) {
  const { message, modal } = App.useApp();
  const draft = useListVersion(versionId);
  const saveItem = useChannelMutation('lists.saveItem');
  const deleteItem = useChannelMutation('lists.deleteItem');
  const reorder = useChannelMutation('lists.reorder');
  const publish = useChannelMutation('lists.publish');
  const discard = useChannelMutation('lists.discardDraft');
  const [editing, setEditing] = useState<{ item?: ListItem } | null>(null);
  const [publishing, setPublishing] = useState(false);
  const roleRefusal = useRoleRefusal();
  const editRefusal = roleRefusal('lists.saveItem');
  const publishRefusal = roleRefusal('lists.publish');
  const discardRefusal = roleRefusal('lists.discardDraft');
  const label = listKindLabels[kind];

  if (draft.isError) return <PageState state="error" error={draft.error} />;
  const detail = draft.data;
  const items = detail ? [...detail.items].sort((a, b) => a.seq - b.seq) : [];
  const busy = deleteItem.isPending || reorder.isPending || discard.isPending;

  const fail = (error: unknown) => void message.error(toApiError(error).message);

  function move(item: ListItem, direction: -1 | 1): void {
    const index = items.findIndex((row) => row.id === item.id);
    const other = items[index + direction];
    if (!other) return;
    const ids = items.map((row) => row.id);
    ids[index] = other.id;
    ids[index + direction] = item.id;
    reorder.mutate({ versionId, itemIds: ids }, { onError: fail });
  }

  async function discardDraft(): Promise<void> {
    const confirmed = await confirmPosting(modal, {
      title: `放弃${label}的修订稿？`,
      content: '修订稿中的全部修改将被删除，不能恢复；现行版本不受影响。',
      okText: '放弃修订稿',
      okTestId: 'list-discard-confirm',
    });
    if (!confirmed) return;
    try {
      await discard.mutateAsync({ versionId });
      void message.success('已放弃修订稿');
      onClosed();
    } catch (error) {
      fail(error);
    }
  }

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }} data-testid="list-draft">
      {detail && <ListVersionSummary version={detail.version} testId="list-draft-summary" />}
      <Space wrap>
        <RefusalTip refusal={editRefusal}>
          <Button
            icon={<PlusOutlined />}
            onClick={() => setEditing({})}
            disabled={!detail || editRefusal !== undefined}
            data-testid="list-item-add"
          >
            新增事项
          </Button>
        </RefusalTip>
        <RefusalTip refusal={publishRefusal}>
          <Button
            type="primary"
            icon={<SendOutlined />}
            onClick={() => setPublishing(true)}
            disabled={!detail || items.length === 0 || publishRefusal !== undefined}
            data-testid="list-publish"
          >
            发布
          </Button>
        </RefusalTip>
        <RefusalTip refusal={discardRefusal}>
          <Button
            danger
            icon={<DeleteOutlined />}
            loading={discard.isPending}
            disabled={discardRefusal !== undefined}
            onClick={() => void discardDraft()}
            data-testid="list-discard"
          >
            放弃修订稿
          </Button>
        </RefusalTip>
      </Space>
      <ListItemsTable
        testId="list-draft-items"
        items={items}
        loading={draft.isFetching || busy}
        editing={{
          // A role that may not edit sees the draft's rows without their actions enabled.
          busy: busy || editRefusal !== undefined,
          onEdit: (item) => setEditing({ item }),
          onMove: move,
          onDelete: (item) =>
            deleteItem.mutate(
              { itemId: item.id },
              { onSuccess: () => void message.success(`已删除「${item.title}」`), onError: fail },
            ),
        }}
      />
      {editing && (
        <ListItemFormModal
          versionId={versionId}
          item={editing.item}
          onCancel={() => setEditing(null)}
          onSubmit={async (input) => {
            const saved = await saveItem.mutateAsync(input);
            setEditing(null);
            void message.success(editing.item ? `已保存「${saved.title}」` : `已新增「${saved.title}」`);
          }}
        />
      )}
      {publishing && detail && (
        <ListPublishModal
          listLabel={label}
          versionId={versionId}
          versionNo={detail.version.versionNo}
          itemCount={items.length}
          sampleCount={items.filter((item) => item.isSample).length}
          onCancel={() => setPublishing(false)}
          onSubmit={async (input) => {
            const confirmed = await confirmPosting(modal, {
              title: `发布${label}第 ${detail.version.versionNo} 版？`,
              content: `自 ${input.effectiveDate} 起生效（批准：${input.approvedBy}）。发布后该版本成为现行版本，不能再修改；以后的变更须另建修订稿。`,
              okText: '确认发布',
              okTestId: 'list-publish-confirm',
            });
            if (!confirmed) return;
            const version = await publish.mutateAsync(input);
            setPublishing(false);
            void message.success(`已发布${label}第 ${version.versionNo} 版`);
            onClosed();
          }}
        />
      )}
    </Space>
  );
}
