// The window's frame: the left menu of the screens the signed-in user's role may use, and a header naming
// the office and the user.
import { Layout, Menu, Typography, type MenuProps } from 'antd';
import { useMemo } from 'react';
import { Link, Outlet, useLocation, useNavigate } from 'react-router';
import type { UserRole } from '../../shared/contract/roles';
import { useOffice } from '../features/office';
import { UserMenu } from '../features/people';
import { features } from '../features';
import { refusalOf } from '../ui/permissions';
import { menuGroups, type MenuEntry } from '../ui/screens';
import { useSignedInUser } from '../ui/signed-in';

const menuEntries = features.flatMap((feature) => feature.menu);

/** The entries of a group in their order, without those whose screen the role may not read. */
function entriesOf(group: MenuEntry['group'], role: UserRole): MenuEntry[] {
  return menuEntries
    .filter((entry) => entry.group === group)
    .filter((entry) => entry.reads === undefined || refusalOf(entry.reads, role) === null)
    .sort((a, b) => a.order - b.order);
}

/** The menu entry of a path: the longest key it lies under (/funding/2026 → 经费核定, /funding/dashboard → 经费看板). */
function selectedKey(pathname: string): string | undefined {
  const under = menuEntries.filter((entry) => pathname === entry.to || pathname.startsWith(`${entry.to}/`));
  return under.sort((a, b) => b.to.length - a.to.length)[0]?.to;
}

type MenuItem = NonNullable<MenuProps['items']>[number];

function toMenuItem(entry: MenuEntry): MenuItem {
  return {
    key: entry.to,
    icon: entry.icon,
    label: <span data-testid={entry.testId}>{entry.label}</span>,
  };
}

/** The daily work at the top level, then each labelled group. */
function menuItemsFor(role: UserRole): MenuItem[] {
  return menuGroups.flatMap((group): MenuItem[] =>
    group.label === null
      ? entriesOf(group.key, role).map(toMenuItem)
      : [
          {
            type: 'group' as const,
            key: `${group.key}-group`,
            label: group.label,
            children: entriesOf(group.key, role).map(toMenuItem),
          },
        ],
  );
}

function OfficeName() {
  const office = useOffice();
  if (office.isError) return <Typography.Text type="danger">{office.error.message}</Typography.Text>;
  if (!office.data) return null;
  if (office.data.officeName === '') {
    return (
      <Link to="/settings" data-testid="office-name-missing">
        尚未填写街道办事处名称，请到「单位设置」中填写
      </Link>
    );
  }
  return (
    <Typography.Text strong data-testid="office-name">
      {office.data.officeName}
    </Typography.Text>
  );
}

export function AppLayout() {
  const location = useLocation();
  const navigate = useNavigate();
  const selected = selectedKey(location.pathname);
  const { role } = useSignedInUser();
  const menuItems = useMemo(() => menuItemsFor(role), [role]);
  return (
    <Layout style={{ minHeight: '100vh' }}>
      <Layout.Sider width={200} theme="light" style={{ borderRight: '1px solid #f0f0f0' }}>
        <div style={{ padding: '18px 16px', fontWeight: 600, fontSize: 16 }}>街道社区经费台账</div>
        <Menu
          mode="inline"
          selectedKeys={selected ? [selected] : []}
          items={menuItems}
          onClick={({ key }) => void navigate(key)}
          style={{ borderInlineEnd: 'none' }}
        />
      </Layout.Sider>
      <Layout>
        <Layout.Header
          style={{
            background: '#fff',
            borderBottom: '1px solid #f0f0f0',
            paddingInline: 24,
            display: 'flex',
            alignItems: 'center',
          }}
        >
          <OfficeName />
          <div style={{ marginInlineStart: 'auto' }}>
            <UserMenu />
          </div>
        </Layout.Header>
        <Layout.Content style={{ padding: 24 }}>
          <Outlet />
        </Layout.Content>
      </Layout>
    </Layout>
  );
}
