// An audit row's before and after states side by side, one line per field under its Chinese label
// (amounts in 元), the changed fields named and marked.
import { Col, Row, Typography } from 'antd';
import type { AuditEntity } from '../../../shared/contract/audit';
import { auditFieldLines, type AuditFieldLine } from './audit-fields';

interface StatePanelProps {
  title: string;
  lines: AuditFieldLine[];
  side: 'before' | 'after';
  testId: string;
}

function StatePanel({ title, lines, side, testId }: StatePanelProps) {
  const present = lines.filter((line) => line[side] !== null);
  return (
    <>
      <Typography.Text strong>{title}</Typography.Text>
      <div
        data-testid={testId}
        style={{
          background: '#fafafa',
          border: '1px solid #f0f0f0',
          padding: 8,
          margin: '4px 0 0',
          maxHeight: 360,
          overflow: 'auto',
        }}
      >
        {present.length === 0
          ? '（无）'
          : present.map((line) => (
              <div key={line.key} data-field={line.key} style={{ overflowWrap: 'anywhere' }}>
                {line.changed ? (
                  <Typography.Text mark>
                    {line.label}：{line[side]}
                  </Typography.Text>
                ) : (
                  `${line.label}：${line[side]}`
                )}
              </div>
            ))}
      </div>
    </>
  );
}

export interface AuditStateCompareProps {
  entity: AuditEntity;
  before: unknown;
  after: unknown;
}

export function AuditStateCompare({ entity, before, after }: AuditStateCompareProps) {
  const lines = auditFieldLines(entity, before, after);
  const changed = lines.filter((line) => line.changed).map((line) => line.label);
  return (
    <div data-testid="audit-json-compare">
      {changed.length > 0 && <Typography.Paragraph>变动字段：{changed.join('、')}</Typography.Paragraph>}
      <Row gutter={16}>
        <Col span={12}>
          <StatePanel title="修改前" lines={lines} side="before" testId="audit-before" />
        </Col>
        <Col span={12}>
          <StatePanel title="修改后" lines={lines} side="after" testId="audit-after" />
        </Col>
      </Row>
    </div>
  );
}
