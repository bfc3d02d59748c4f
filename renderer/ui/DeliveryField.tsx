// 输出方式 of a notice form in the desktop app: send it to the printer (the default) or save the PDF, which
// the clerk keeps to archive what was posted. Browser mode has no printer access and shows no choice.
import { Form, Radio } from 'antd';
import type { OutputMethod } from '../api/printing';

export interface DeliveryFieldProps {
  /** data-testid of the radio group. */
  testId: string;
  /** Why printing is not offered right now (the option is disabled and this is shown); null when it is. */
  printUnavailable?: string | null;
}

export const outputMethodLabels: Record<OutputMethod, string> = { print: '打印', save: '保存为PDF' };

export function DeliveryField({ testId, printUnavailable = null }: DeliveryFieldProps) {
  return (
    <Form.Item
      label="输出方式"
      name="delivery"
      extra={printUnavailable ?? '「打印」打开系统打印对话框；「保存为PDF」可留档备查'}
    >
      <Radio.Group
        data-testid={testId}
        options={(['print', 'save'] as const).map((method) => ({
          value: method,
          label: outputMethodLabels[method],
          disabled: method === 'print' && printUnavailable !== null,
        }))}
      />
    </Form.Item>
  );
}
