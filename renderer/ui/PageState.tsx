// What a page shows in place of its content while that content is not there: loading, not found (a bad id
// in the address, or a record the Node side does not know), or an error, said the same way on every page.
import { Alert, Result, Spin } from 'antd';
import type { ReactNode } from 'react';
import { toApiError } from '../api/errors';

export type PageStateProps =
  | { state: 'loading' }
  /** A read failed: the Node side's message, with a way on (back to the list) where there is one. */
  | { state: 'error'; error: unknown; action?: ReactNode }
  /** The record asked for does not exist: what was looked for, why, and the way back. */
  | { state: 'not-found'; title: string; reason: string; back: ReactNode; testId: string };

export function PageState(props: PageStateProps) {
  switch (props.state) {
    case 'loading':
      return <Spin size="large" style={{ display: 'block', margin: '80px auto' }} />;
    case 'error':
      return <Alert type="error" showIcon title={toApiError(props.error).message} action={props.action} />;
    case 'not-found':
      return (
        <Result
          status="warning"
          title={props.title}
          subTitle={props.reason}
          extra={props.back}
          data-testid={props.testId}
        />
      );
  }
}
