// One action of the books asked in a small modal (退回, 红字冲销, 解除限制): its fields, a confirmation
// where the action cannot be undone, then the call. A refusal from the backend stays in the modal, under
// the field the caller puts it on; closing is the caller's, once the call has succeeded.
import { Modal } from 'antd';
import dayjs from 'dayjs';
import { useState, type ReactNode } from 'react';
import { toApiError } from '../../../api/errors';
import { DateField } from '../../../ui/DateField';
import { buttonTestId } from '../../../ui/test-ids';

export interface ActionModalProps {
  title: string;
  okText: string;
  pending: boolean;
  /** Every required field filled: the button is enabled. */
  ready: boolean;
  danger?: boolean;
  /** data-testid of the action's button. */
  okTestId: string;
  /** Asked before the call; false stops it. */
  confirm?: () => Promise<boolean>;
  /** The call; what it throws is shown as the refusal. */
  run: () => Promise<void>;
  onClose: () => void;
  children: (refusal: string | undefined) => ReactNode;
}

export function ActionModal(props: ActionModalProps) {
  const [refusal, setRefusal] = useState<string>();
  const onOk = async () => {
    if (props.confirm && !(await props.confirm())) return;
    try {
      await props.run();
    } catch (error) {
      setRefusal(toApiError(error).message);
    }
  };
  return (
    <Modal
      open
      title={props.title}
      okText={props.okText}
      cancelText="取消"
      confirmLoading={props.pending}
      onOk={() => void onOk()}
      onCancel={props.onClose}
      okButtonProps={{ disabled: !props.ready, danger: props.danger, ...buttonTestId(props.okTestId) }}
      maskClosable={false}
    >
      {props.children(refusal)}
    </Modal>
  );
}

/** A date kept as its ISO text ('' while cleared), typed or picked in the app's DateField. */
export function IsoDateField({
  value,
  onChange,
  label,
  testId,
}: {
  value: string;
  onChange: (date: string) => void;
  label: string;
  testId: string;
}) {
  return (
    <DateField
      aria-label={label}
      value={value ? dayjs(value) : null}
      allowClear={false}
      onChange={(picked) => onChange(dayjs.isDayjs(picked) ? picked.format('YYYY-MM-DD') : '')}
      data-testid={testId}
    />
  );
}
