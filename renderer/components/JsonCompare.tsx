// An audit row's before and after states, side by side as JSON, with the changed top-level fields named.
import { Col, Row, Typography } from 'antd';

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function changedFields(before: unknown, after: unknown): string[] {
  if (!isPlainObject(before) || !isPlainObject(after)) return [];
  const keys = new Set([...Object.keys(before), ...Object.keys(after)]);
  return [...keys].filter((key) => JSON.stringify(before[key]) !== JSON.stringify(after[key]));
}

function JsonPanel({ title, value, testId }: { title: string; value: unknown; testId: string }) {
  return (
    <>
      <Typography.Text strong>{title}</Typography.Text>
      <pre
        data-testid={testId}
        style={{
          background: '#fafafa',
          border: '1px solid #f0f0f0',
          padding: 8,
          margin: '4px 0 0',
          maxHeight: 360,
          overflow: 'auto',
          fontSize: 12,
        }}
      >
        {value === null || value === undefined ? '（无）' : JSON.stringify(value, null, 2)}
      </pre>
    </>
  );
}

export function JsonCompare({ before, after }: { before: unknown; after: unknown }) {
  const changed = changedFields(before, after);
  return (
    <div data-testid="audit-json-compare">
      {changed.length > 0 && (
        <Typography.Paragraph>
          变动字段：<Typography.Text code>{changed.join('、')}</Typography.Text>
        </Typography.Paragraph>
      )}
      <Row gutter={16}>
        <Col span={12}>
          <JsonPanel title="修改前" value={before} testId="audit-before" />
        </Col>
        <Col span={12}>
          <JsonPanel title="修改后" value={after} testId="audit-after" />
        </Col>
      </Row>
    </div>
  );
}
