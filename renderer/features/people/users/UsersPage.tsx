// 用户 (/users, 管理员): the people who keep the books. Every change is audited by the Node side, which
// also refuses what would leave the ledger without an administrator; its message is shown as said.
import { UserAddOutlined } from '@ant-design/icons';
import { App, Button, Card, Typography } from 'antd';
import { useState } from 'react';
import type { UserSummary } from '../../../../shared/contract/people';
import { toApiError } from '../../../api/errors';
import { useChannelMutation } from '../../../api/mutations';
import { PageState } from '../../../ui/PageState';
import { useUsers } from '../queries';
import { ResetPasswordModal, UserCreateModal, UserEditModal } from './UserModals';
import { UsersTable } from './UsersTable';

type Editing = { kind: 'create' } | { kind: 'edit' | 'reset'; user: UserSummary } | null;

export function UsersPage() {
  const { message } = App.useApp();
  const users = useUsers();
  const [editing, setEditing] = useState<Editing>(null);
  const create = useChannelMutation('users.create');
  const update = useChannelMutation('users.update');
  const setActive = useChannelMutation('users.setActive');
  const resetPassword = useChannelMutation('users.resetPassword');
  const close = () => setEditing(null);

  async function toggleActive(user: UserSummary, active: boolean): Promise<void> {
    try {
      await setActive.mutateAsync({ id: user.id, active });
      void message.success(`已${active ? '启用' : '停用'}用户 ${user.displayName}`);
    } catch (error) {
      void message.error(toApiError(error).message);
    }
  }

  return (
    <Card
      title="用户"
      extra={
        <Button
          type="primary"
          icon={<UserAddOutlined />}
          onClick={() => setEditing({ kind: 'create' })}
          data-testid="user-create"
        >
          新增用户
        </Button>
      }
    >
      <Typography.Paragraph type="secondary">
        经办人录入和编制，审核人审批、发布和审核；同一条记录的编制人不能审核自己编制的内容（单位仅一人时可在「单位设置」中开启一人岗）。
      </Typography.Paragraph>
      {users.isError && <PageState state="error" error={users.error} />}
      <UsersTable
        users={users.data ?? []}
        loading={users.isFetching}
        onEdit={(user) => setEditing({ kind: 'edit', user })}
        onSetActive={toggleActive}
        onResetPassword={(user) => setEditing({ kind: 'reset', user })}
      />
      {editing?.kind === 'create' && (
        <UserCreateModal
          onCancel={close}
          onSubmit={async (input) => {
            const created = await create.mutateAsync(input);
            void message.success(`已新增用户 ${created.displayName}（${created.login}）`);
            close();
          }}
        />
      )}
      {editing?.kind === 'edit' && (
        <UserEditModal
          user={editing.user}
          onCancel={close}
          onSubmit={async (input) => {
            await update.mutateAsync(input);
            void message.success(`已保存用户 ${input.displayName}`);
            close();
          }}
        />
      )}
      {editing?.kind === 'reset' && (
        <ResetPasswordModal
          user={editing.user}
          onCancel={close}
          onSubmit={async (input) => {
            await resetPassword.mutateAsync(input);
            void message.success(`已重置 ${editing.user.displayName} 的密码，请把临时密码告知本人`);
            close();
          }}
        />
      )}
    </Card>
  );
}
