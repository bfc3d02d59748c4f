// The sign-in screen: nobody is signed in in this window.
import { Alert, Typography } from 'antd';
import type { SignedInUser } from '../../../../shared/contract/people';
import { SignInForm } from './SignInForm';
import { appName, screenTitle, SignInScreen } from './SignInScreen';

export interface SignInPageProps {
  officeName: string;
  /** Why the sign-in screen is shown (退出登录, idle), when there is more to say than 登录. */
  notice: string | undefined;
  onSignedIn: (user: SignedInUser) => Promise<void>;
}

export function SignInPage({ officeName, notice, onSignedIn }: SignInPageProps) {
  return (
    <SignInScreen title={screenTitle(officeName)} testId="sign-in-page">
      {officeName !== '' && (
        <Typography.Paragraph type="secondary" style={{ textAlign: 'center' }}>
          {appName}
        </Typography.Paragraph>
      )}
      {notice && (
        <Alert
          type="info"
          showIcon
          title={notice}
          style={{ marginBottom: 16 }}
          data-testid="sign-in-notice"
        />
      )}
      <SignInForm onSignedIn={onSignedIn} />
    </SignInScreen>
  );
}
