// 社区详情 (/communities/:id): the register entry, its courtyards and its yearly profiles.
import { ArrowLeftOutlined } from '@ant-design/icons';
import { Alert, App, Space } from 'antd';
import { useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { toApiError } from '../../api/errors';
import { useChannelMutation } from '../../api/mutations';
import { useCommunity } from './queries';
import { CommunityDescriptions } from './CommunityDescriptions';
import { CommunityFormModal } from './CommunityFormModal';
import { CourtyardsSection } from './CourtyardsSection';
import { ProfilesSection } from './ProfilesSection';
import { PageState } from '../../ui/PageState';

export function CommunityDetailPage() {
  const params = useParams();
  const id = Number(params.id);
  const navigate = useNavigate();
  const { message } = App.useApp();
  const [editing, setEditing] = useState(false);
  const detail = useCommunity(id);
  const update = useChannelMutation('communities.update');
  const archive = useChannelMutation('communities.archive');
  const restore = useChannelMutation('communities.restore');
  const remove = useChannelMutation('communities.delete');

  const backLink = (
    <Link to="/communities" data-testid="back-to-communities">
      <ArrowLeftOutlined /> 返回社区列表
    </Link>
  );

  if (!Number.isInteger(id) || id <= 0 || detail.isError) {
    const text = detail.isError ? toApiError(detail.error).message : '社区编号无效';
    return (
      <PageState
        state="not-found"
        title="找不到该社区"
        reason={text}
        back={backLink}
        testId="community-not-found"
      />
    );
  }
  if (!detail.data) return <PageState state="loading" />;

  const { community, isReferenced } = detail.data;

  async function run(action: () => Promise<unknown>, done: string): Promise<void> {
    try {
      await action();
      void message.success(done);
    } catch (error) {
      void message.error(toApiError(error).message);
    }
  }

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      {backLink}
      {community.status === 'archived' && (
        <Alert
          type="warning"
          showIcon
          title="该社区已归档，不在在册列表中显示。"
          data-testid="community-archived-alert"
        />
      )}
      <CommunityDescriptions
        community={community}
        isReferenced={isReferenced}
        onEdit={() => setEditing(true)}
        onArchive={() => run(() => archive.mutateAsync({ id }), `已归档社区「${community.name}」`)}
        onRestore={() => run(() => restore.mutateAsync({ id }), `已恢复社区「${community.name}」`)}
        onDelete={() =>
          run(async () => {
            await remove.mutateAsync({ id });
            void navigate('/communities');
          }, `已删除社区「${community.name}」`)
        }
      />
      <CourtyardsSection detail={detail.data} />
      <ProfilesSection detail={detail.data} />
      {editing && (
        <CommunityFormModal
          community={community}
          onCancel={() => setEditing(false)}
          onSubmit={async (fields) => {
            await update.mutateAsync({ id, ...fields });
            setEditing(false);
            void message.success('已保存社区信息');
          }}
        />
      )}
    </Space>
  );
}
