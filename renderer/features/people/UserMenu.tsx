// The header's user menu: who is signed in (「李晓梅 · 经办人」), and 切换用户, 修改密码, 退出登录.
// Leaving the sign-in asks first when a form on screen has unsaved input.
import { DownOutlined, KeyOutlined, LogoutOutlined, SwapOutlined, UserOutlined } from '@ant-design/icons';
import { App, Button, Dropdown, type MenuProps } from 'antd';
import { useState } from 'react';
import { userRoleLabels } from '../../../shared/contract/roles';
import { useUnsavedChanges } from '../../ui/forms/leave-guard';
import { ChangePasswordModal } from './password/ChangePasswordModal';
import { useSession } from './sign-in/session';
import { confirmLosingUnsaved, type LeavingAction } from './sign-in/unsaved-question';

const leavingNotices: Record<LeavingAction, (name: string) => string> = {
  切换用户: (name) => `${name}已退出登录，请以其他用户登录`,
  退出登录: (name) => `${name}已退出登录`,
};

export function UserMenu() {
  const { modal } = App.useApp();
  const session = useSession();
  const hasUnsaved = useUnsavedChanges();
  const [changingPassword, setChangingPassword] = useState(false);
  const { user } = session;

  async function leave(action: LeavingAction): Promise<void> {
    if (await confirmLosingUnsaved(modal, hasUnsaved, action))
      await session.leave(leavingNotices[action](user.displayName));
  }

  const items: MenuProps['items'] = [
    { key: 'switch', icon: <SwapOutlined />, label: <span data-testid="user-menu-switch">切换用户</span> },
    { key: 'password', icon: <KeyOutlined />, label: <span data-testid="user-menu-password">修改密码</span> },
    { type: 'divider' },
    {
      key: 'signOut',
      icon: <LogoutOutlined />,
      label: <span data-testid="user-menu-sign-out">退出登录</span>,
    },
  ];
  const onClick: MenuProps['onClick'] = ({ key }) => {
    if (key === 'password') setChangingPassword(true);
    else void leave(key === 'switch' ? '切换用户' : '退出登录');
  };

  return (
    <>
      <Dropdown menu={{ items, onClick }} trigger={['click']} placement="bottomRight">
        <Button type="text" icon={<UserOutlined />} data-testid="user-menu">
          <span data-testid="signed-in-user">
            {user.displayName} · {userRoleLabels[user.role]}
          </span>
          <DownOutlined />
        </Button>
      </Dropdown>
      {changingPassword && <ChangePasswordModal onClose={() => setChangingPassword(false)} />}
    </>
  );
}
