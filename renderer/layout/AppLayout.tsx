// The window's frame: the left menu of screens and a header naming the office.
import {
  AccountBookOutlined,
  AuditOutlined,
  BarChartOutlined,
  CalendarOutlined,
  HomeOutlined,
  ProfileOutlined,
  SettingOutlined,
} from '@ant-design/icons';
import { Layout, Menu, Typography } from 'antd';
import type { ReactNode } from 'react';
import { Link, Outlet, useLocation, useNavigate } from 'react-router';
import { useOffice } from '../api/queries';

const menuItems: { key: string; label: string; icon: ReactNode; testId: string }[] = [
  { key: '/communities', label: '社区登记', icon: <HomeOutlined />, testId: 'nav-communities' },
  { key: '/funding', label: '经费核定', icon: <AccountBookOutlined />, testId: 'nav-funding' },
  {
    key: '/funding/dashboard',
    label: '经费看板',
    icon: <BarChartOutlined />,
    testId: 'nav-funding-dashboard',
  },
  { key: '/audit', label: '操作日志', icon: <AuditOutlined />, testId: 'nav-audit' },
  { key: '/settings', label: '单位设置', icon: <SettingOutlined />, testId: 'nav-settings' },
  { key: '/settings/standards', label: '经费标准', icon: <ProfileOutlined />, testId: 'nav-standards' },
  { key: '/settings/calendar', label: '节假日', icon: <CalendarOutlined />, testId: 'nav-calendar' },
];

/** The menu entry of a path: the longest key it lies under (/funding/2026 → 经费核定, /funding/dashboard → 经费看板). */
function selectedKey(pathname: string): string | undefined {
  const under = menuItems.filter((item) => pathname === item.key || pathname.startsWith(`${item.key}/`));
  return under.sort((a, b) => b.key.length - a.key.length)[0]?.key;
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
  return (
    <Layout style={{ minHeight: '100vh' }}>
      <Layout.Sider width={200} theme="light" style={{ borderRight: '1px solid #f0f0f0' }}>
        <div style={{ padding: '18px 16px', fontWeight: 600, fontSize: 16 }}>街道社区经费台账</div>
        <Menu
          mode="inline"
          selectedKeys={selected ? [selected] : []}
          items={menuItems.map((item) => ({
            key: item.key,
            icon: item.icon,
            label: <span data-testid={item.testId}>{item.label}</span>,
          }))}
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
        </Layout.Header>
        <Layout.Content style={{ padding: 24 }}>
          <Outlet />
        </Layout.Content>
      </Layout>
    </Layout>
  );
}
