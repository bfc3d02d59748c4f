// The 凭证号 of a posting form and, under it, the warning that the number is already used: a voucher may
// carry several postings, so a number seen before is named, never refused. The form works out the
// warning's words from its own channel's answer (拨付 or 付款).
import { Alert, Form, Input } from 'antd';

export function VoucherField({
  testId,
  maxLength,
  warning,
}: {
  /** The input's test id; the warning's is `${testId}-warning`. */
  testId: string;
  maxLength: number;
  warning: string | null;
}) {
  return (
    <>
      <Form.Item label="凭证号" name="voucherNo" required extra="财务系统中的记账凭证号">
        <Input maxLength={maxLength} data-testid={testId} />
      </Form.Item>
      {warning && (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 16 }}
          title={warning}
          data-testid={`${testId}-warning`}
        />
      )}
    </>
  );
}
