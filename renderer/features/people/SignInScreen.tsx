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
    <div style={{ minHeight: '100vh', background: '#f5f5f5', display: 'flex', alignItems: 'center' }}>
      <Card style={{ width: 420, margin: '0 auto' }} data-testid={testId}>
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
