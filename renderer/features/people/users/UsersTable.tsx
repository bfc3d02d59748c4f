// The users, with what an administrator does to each: 修改 (name, role), 停用/启用, 重置密码.
import { Button, Popconfirm, Space, Table, Tag } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import type { UserSummary } from '../../../../shared/contract/people';
import { userRoleLabels, userRoles, type UserRole } from '../../../../shared/contract/roles';
import { formatDateTime } from '../../../ui/format';
import { tableComponents } from '../../../ui/table-header';
import { RefusalTip, useSignedInUser } from '../../../ui/signed-in';
import { buttonTestId, rowTestId } from '../../../ui/test-ids';
import { userStatusLabels, userStatusOf, userStatusText, type UserStatus } from './user-status';

const statusColors: Record<UserStatus, string> = { active: 'green', disabled: 'default', locked: 'red' };
const roleColors: Record<UserRole, string> = { preparer: 'blue', approver: 'purple', administrator: 'gold' };

export interface UsersTableProps {
  users: UserSummary[];
  loading: boolean;
  onEdit: (user: UserSummary) => void;
  onSetActive: (user: UserSummary, active: boolean) => Promise<void>;
  onResetPassword: (user: UserSummary) => void;
}

function ActiveToggle({ user, onSetActive }: Pick<UsersTableProps, 'onSetActive'> & { user: UserSummary }) {
  const action = user.active ? '停用' : '启用';
  // The Node side refuses it too; here the clerk sees why before trying.
  if (user.id === useSignedInUser().id && user.active) {
    return (
      <RefusalTip refusal="不能停用自己的账户">
        <Button size="small" disabled data-testid={`user-active-${user.login}`}>
          {action}
        </Button>
      </RefusalTip>
    );
  }
  return (
    <Popconfirm
      title={`${action}用户 ${user.displayName}`}
      description={
        user.active ? '停用后该用户不能再登录，已登录的窗口随即退出。' : '启用后该用户可以再次登录。'
      }
      okText={action}
      cancelText="取消"
      okButtonProps={buttonTestId(`user-active-confirm-${user.login}`)}
      onConfirm={() => onSetActive(user, !user.active)}
    >
      <Button size="small" danger={user.active} data-testid={`user-active-${user.login}`}>
        {action}
      </Button>
    </Popconfirm>
  );
}

export function UsersTable({ users, loading, onEdit, onSetActive, onResetPassword }: UsersTableProps) {
  const columns: ColumnsType<UserSummary> = [
    { title: '登录名', dataIndex: 'login', sorter: (a, b) => a.login.localeCompare(b.login) },
    {
      title: '姓名',
      dataIndex: 'displayName',
      sorter: (a, b) => a.displayName.localeCompare(b.displayName, 'zh-CN'),
    },
    {
      title: '角色',
      dataIndex: 'role',
      filters: userRoles.map((role) => ({ text: userRoleLabels[role], value: role })),
      onFilter: (value, user) => user.role === value,
      render: (role: UserRole) => <Tag color={roleColors[role]}>{userRoleLabels[role]}</Tag>,
    },
    {
      title: '状态',
      key: 'status',
      filters: (['active', 'disabled', 'locked'] as const).map((status) => ({
        text: userStatusLabels[status],
        value: status,
      })),
      onFilter: (value, user) => userStatusOf(user) === value,
      render: (_, user) => <Tag color={statusColors[userStatusOf(user)]}>{userStatusText(user)}</Tag>,
    },
    {
      title: '最近登录',
      dataIndex: 'lastSignInAt',
      sorter: (a, b) => (a.lastSignInAt ?? '').localeCompare(b.lastSignInAt ?? ''),
      render: (iso: string | null) => (iso ? formatDateTime(iso) : '从未登录'),
    },
    {
      title: '须改密码',
      dataIndex: 'mustChangePassword',
      filters: [
        { text: '是', value: true },
        { text: '否', value: false },
      ],
      onFilter: (value, user) => user.mustChangePassword === value,
      render: (must: boolean) => (must ? '是' : '—'),
    },
    {
      title: '操作',
      key: 'actions',
      width: 220,
      render: (_, user) => (
        <Space size="small">
          <Button size="small" onClick={() => onEdit(user)} data-testid={`user-edit-${user.login}`}>
            修改
          </Button>
          <ActiveToggle user={user} onSetActive={onSetActive} />
          <Button size="small" onClick={() => onResetPassword(user)} data-testid={`user-reset-${user.login}`}>
            重置密码
          </Button>
        </Space>
      ),
    },
  ];
  return (
    <Table<UserSummary>
      components={tableComponents}
      data-testid="users-table"
      rowKey="id"
      size="small"
      loading={loading}
      columns={columns}
      dataSource={users}
      onRow={(user) => rowTestId(`user-row-${user.login}`)}
      pagination={{ defaultPageSize: 20, showSizeChanger: true, showTotal: (total) => `共 ${total} 位用户` }}
      locale={{ emptyText: '还没有用户' }}
    />
  );
}
