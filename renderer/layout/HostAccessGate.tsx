// Browser mode opened without this run's token (a bookmark, a new tab, an address from an earlier run):
// instead of an empty app whose every call is refused, one page that says how to get a valid address.
import { Result, Typography } from 'antd';
import { useSyncExternalStore, type ReactNode } from 'react';
import { hostAccessStore } from '../api/client';

export const tokenRequiredMessage =
  '访问地址缺少或带有无效的令牌：请使用启动时终端中显示的完整地址打开本程序。';

export function TokenRequiredPage() {
  return (
    <Result
      status="403"
      title="无法打开台账"
      subTitle={tokenRequiredMessage}
      data-testid="token-required"
      style={{ maxWidth: 720, margin: '80px auto' }}
    >
      <Typography.Paragraph>
        启动浏览器模式时，终端中会显示形如
        <Typography.Text code>{`${window.location.origin}/?token=…`}</Typography.Text>
        的地址，其中的令牌每次启动都会重新生成。书签、新标签页或上次启动时的地址不带有效令牌。
      </Typography.Paragraph>
      <Typography.Paragraph>
        请复制终端中最新显示的完整地址（包括 ?token=
        及其后的全部字符），粘贴到浏览器地址栏中打开；如果程序已关闭，请重新启动后再打开。
      </Typography.Paragraph>
    </Result>
  );
}

/** Renders the app unless the host has no token from this tab or has refused it (401), even later on. */
export function HostAccessGate({ children }: { children: ReactNode }) {
  const access = useSyncExternalStore(hostAccessStore.subscribe, hostAccessStore.get);
  return access === 'missing' || access === 'rejected' ? <TokenRequiredPage /> : children;
}
