// The micro-fund's sub-navigation (公益微基金): one tab per fund page, shown above every fund screen. The
// books' pages (凭证, 限定用途, 科目, 设置) and the donations', acknowledgements', projects', disclosure's
// and reports' pages share it.
import { Tabs } from 'antd';
import { useLocation, useNavigate } from 'react-router';

export interface FundTab {
  key: string;
  /** Where the tab leads; a page whose path starts with it selects it. */
  to: string;
  label: string;
}

export const fundTabs: readonly FundTab[] = [
  { key: 'vouchers', to: '/fund/vouchers', label: '记账凭证' },
  { key: 'designations', to: '/fund/designations', label: '限定用途' },
  { key: 'donations', to: '/fund/donations', label: '捐赠' },
  { key: 'donors', to: '/fund/donors', label: '捐赠人' },
  { key: 'receipts', to: '/fund/receipts', label: '捐赠票据' },
  { key: 'acknowledgements', to: '/fund/acknowledgements', label: '捐赠确认书' },
  { key: 'projects', to: '/fund/projects', label: '公益项目' },
  { key: 'disclosure', to: '/fund/disclosure', label: '信息公开' },
  { key: 'reports', to: '/fund/reports', label: '账簿报表' },
  { key: 'periods', to: '/fund/periods', label: '月结' },
  { key: 'accounts', to: '/fund/accounts', label: '会计科目' },
  { key: 'settings', to: '/fund/settings', label: '基金设置' },
];

/** The tab a path belongs to: the longest `to` that the path starts with. */
export function fundTabOf(pathname: string): string | undefined {
  let best: FundTab | undefined;
  for (const tab of fundTabs) {
    if (pathname === tab.to || pathname.startsWith(`${tab.to}/`)) {
      if (!best || tab.to.length > best.to.length) best = tab;
    }
  }
  return best?.key;
}

/** Tabs over the fund's pages; put it at the top of each fund screen. */
export function FundNav() {
  const { pathname } = useLocation();
  const navigate = useNavigate();
  return (
    <Tabs
      size="small"
      activeKey={fundTabOf(pathname) ?? ''}
      onChange={(key) => {
        const tab = fundTabs.find((t) => t.key === key);
        if (tab) void navigate(tab.to);
      }}
      items={fundTabs.map((tab) => ({
        key: tab.key,
        label: <span data-testid={`fund-tab-${tab.key}`}>{tab.label}</span>,
      }))}
      style={{ marginBottom: 8 }}
      data-testid="fund-nav"
    />
  );
}
