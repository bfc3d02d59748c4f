// The window's frame: the left menu of screens and a header naming the office.
import {
  AccountBookOutlined,
  AuditOutlined,
  BarChartOutlined,
  CalendarOutlined,
  FileProtectOutlined,
  HomeOutlined,
  OrderedListOutlined,
  PrinterOutlined,
  SafetyCertificateOutlined,
  ProfileOutlined,
  SettingOutlined,
} from '@ant-design/icons';
import { Layout, Menu, Typography } from 'antd';
import type { ReactNode } from 'react';
import { Link, Outlet, useLocation, useNavigate } from 'react-router';
import { useOffice } from '../features/office/queries';

interface MenuEntry {
  key: string;
  label: string;
  icon: ReactNode;
  testId: string;
}

const menuItems: MenuEntry[] = [
  { key: '/communities', label: '社区登记', icon: <HomeOutlined />, testId: 'nav-communities' },
  { key: '/funding', label: '经费核定', icon: <AccountBookOutlined />, testId: 'nav-funding' },
  {
    key: '/funding/dashboard',
    label: '经费看板',
    icon: <BarChartOutlined />,
    testId: 'nav-funding-dashboard',
  },
];

/** 清单与准入: the public lists, work-access requests, the admitted catalogue and notice printing. */
const listMenuItems: MenuEntry[] = [
  { key: '/lists', label: '公示清单', icon: <OrderedListOutlined />, testId: 'nav-lists' },
  { key: '/access', label: '准入申请', icon: <FileProtectOutlined />, testId: 'nav-access' },
  {
    key: '/access/catalogue',
    label: '准入目录',
    icon: <SafetyCertificateOutlined />,
    testId: 'nav-access-catalogue',
  },
  { key: '/notices', label: '公示打印', icon: <PrinterOutlined />, testId: 'nav-notices' },
];

const adminMenuItems: MenuEntry[] = [
  { key: '/audit', label: '操作日志', icon: <AuditOutlined />, testId: 'nav-audit' },
  { key: '/settings', label: '单位设置', icon: <SettingOutlined />, testId: 'nav-settings' },
  { key: '/settings/standards', label: '经费标准', icon: <ProfileOutlined />, testId: 'nav-standards' },
  { key: '/settings/calendar', label: '节假日', icon: <CalendarOutlined />, testId: 'nav-calendar' },
];

/** The menu entry of a path: the longest key it lies under (/funding/2026 → 经费核定, /funding/dashboard → 经费看板). */
function selectedKey(pathname: string): string | undefined {
  const under = [...menuItems, ...listMenuItems, ...adminMenuItems].filter(
    (item) => pathname === item.key || pathname.startsWith(`${item.key}/`),
  );
  return under.sort((a, b) => b.key.length - a.key.length)[0]?.key;
}

function toMenuItem(item: MenuEntry) {
  return {
    key: item.key,
    icon: item.icon,
    label: <span data-testid={item.testId}>{item.label}</span>,
  };
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
          items={[
            ...menuItems.map(toMenuItem),
            {
              type: 'group',
              key: 'lists-group',
              label: '清单与准入',
              children: listMenuItems.map(toMenuItem),
            },
            {
              type: 'group',
              key: 'admin-group',
              label: '设置与日志',
              children: adminMenuItems.map(toMenuItem),
            },
          ]}
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
