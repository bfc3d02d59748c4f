// A modal whose whole panel is one <form>: Enter in any field submits, Esc or 取消 closes (asking first
// when the clerk has changed something). The parent mounts it only while open, so each opening starts
// from fresh initial values.
import { App, Button, Form, Modal, type FormInstance } from 'antd';
import type { ReactNode } from 'react';
import { confirmLeave } from './forms/leave-guard';
import { hasUnsavedChanges } from './forms/use-schema-form';

export interface FormModalProps<V> {
  title: string;
  form: FormInstance<V>;
  initialValues: V;
  submitting: boolean;
  onFinish: (values: V) => void;
  onCancel: () => void;
  /** data-testid of the form; its submit button gets `<testId>-submit`, cancel `<testId>-cancel`. */
  testId: string;
  submitText?: string;
  width?: number;
  /** False for a modal of settings for one action (print options): closing it loses nothing to ask about. */
  asksBeforeClosing?: boolean;
  children: ReactNode;
}

export function FormModal<V>(props: FormModalProps<V>) {
  const {
    title,
    form,
    initialValues,
    submitting,
    onFinish,
    onCancel,
    testId,
    submitText = '保存',
    width = 560,
    asksBeforeClosing = true,
  } = props;
  const { modal } = App.useApp();
  // While the form is being sent the parent decides what closing means (nothing to lose yet).
  const close = () =>
    asksBeforeClosing && !submitting && hasUnsavedChanges(form) ? confirmLeave(modal, onCancel) : onCancel();
  return (
    <Modal
      open
      title={title}
      width={width}
      maskClosable={false}
      destroyOnHidden
      onCancel={close}
      footer={
        <>
          {/* While the form is being sent (a save, a print in progress) there is nothing to cancel yet. */}
          <Button onClick={close} disabled={submitting} data-testid={`${testId}-cancel`}>
            取消
          </Button>
          <Button type="primary" htmlType="submit" loading={submitting} data-testid={`${testId}-submit`}>
            {submitText}
          </Button>
        </>
      }
      modalRender={(panel) => (
        <Form<V>
          form={form}
          layout="vertical"
          initialValues={initialValues as object}
          onFinish={onFinish}
          autoComplete="off"
          data-testid={testId}
        >
          {panel}
        </Form>
      )}
    >
      {props.children}
    </Modal>
  );
}
