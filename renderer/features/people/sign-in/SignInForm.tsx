// 登录名 and 密码, and 登录. Enter in either field submits; the Node side's refusal (a wrong password, a
// locked or disabled account) is said under the form, and the password is cleared for the next try.
import { LockOutlined, UserOutlined } from '@ant-design/icons';
import { Alert, Button, Form, Input, type InputRef } from 'antd';
import { useRef, useState } from 'react';
import { signInInput, type SignedInUser } from '../../../../shared/contract/people';
import { call } from '../../../api/client';
import { toApiError } from '../../../api/errors';
import { placeFieldProblems, problemsOfZodIssues } from '../../../ui/forms/field-errors';

interface SignInValues {
  login: string;
  password: string;
}

export interface SignInFormProps {
  initialLogin?: string;
  /** Asked before signing in with the login typed; false leaves the form as it is. */
  mayProceed?: (login: string) => Promise<boolean>;
  onSignedIn: (user: SignedInUser) => Promise<void> | void;
}

export function SignInForm({ initialLogin, mayProceed, onSignedIn }: SignInFormProps) {
  const [form] = Form.useForm<SignInValues>();
  const [refusal, setRefusal] = useState<string | null>(null);
  const [submitting, setSubmitting] = useState(false);
  const password = useRef<InputRef>(null);

  async function submit(values: SignInValues): Promise<void> {
    setRefusal(null);
    const parsed = signInInput.safeParse(values);
    if (!parsed.success) {
      placeFieldProblems(form, problemsOfZodIssues(parsed.error.issues));
      return;
    }
    if (mayProceed && !(await mayProceed(parsed.data.login))) return;
    setSubmitting(true);
    try {
      const user = await call('auth.signIn', parsed.data);
      await onSignedIn(user);
    } catch (error) {
      setRefusal(toApiError(error).message);
      form.setFieldValue('password', '');
      password.current?.focus();
    } finally {
      setSubmitting(false);
    }
  }

  return (
    <Form<SignInValues>
      form={form}
      layout="vertical"
      initialValues={{ login: initialLogin ?? '', password: '' }}
      onFinish={(values) => void submit(values)}
      requiredMark={false}
      data-testid="sign-in-form"
    >
      <Form.Item label="登录名" name="login">
        <Input
          prefix={<UserOutlined />}
          autoComplete="username"
          autoFocus={initialLogin === undefined}
          maxLength={32}
          data-testid="sign-in-login"
        />
      </Form.Item>
      <Form.Item label="密码" name="password">
        <Input.Password
          ref={password}
          prefix={<LockOutlined />}
          autoComplete="current-password"
          autoFocus={initialLogin !== undefined}
          data-testid="sign-in-password"
        />
      </Form.Item>
      <Button type="primary" htmlType="submit" block loading={submitting} data-testid="sign-in-submit">
        登录
      </Button>
      {refusal && (
        <Alert type="error" showIcon title={refusal} style={{ marginTop: 16 }} data-testid="sign-in-error" />
      )}
    </Form>
  );
}
