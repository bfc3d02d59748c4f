// The frame of the screens before the ledger opens (sign-in, first start, a forced new password): a
// centred card titled with the office's name.
import { Card, Typography } from 'antd';
import type { ReactNode } from 'react';

export const appName = '街道社区经费台账';

export function SignInScreen({
  title,
  children,
  testId,
}: {
  title: string;
  children: ReactNode;
  testId: string;
}) {
  return (
    // Fixed over the page (the body keeps its margin); margin: auto centres without cutting a tall card off.
    <div style={{ position: 'fixed', inset: 0, overflow: 'auto', background: '#f5f5f5', display: 'flex' }}>
      <Card style={{ width: 420, margin: 'auto' }} data-testid={testId}>
        <Typography.Title level={3} style={{ marginTop: 0, textAlign: 'center' }} data-testid="sign-in-title">
          {title}
        </Typography.Title>
        {children}
      </Card>
    </div>
  );
}

/** The office's name when it has one, else the program's. */
export function screenTitle(officeName: string): string {
  return officeName === '' ? appName : officeName;
}
