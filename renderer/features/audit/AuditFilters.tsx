// Filters of the audit log: object, action, date range and free text. The options are the contract's
// vocabularies, shown whole (no scrolling list that hides the last ones, such as 准入申请).
import { DatePicker, Input, Select, Space } from 'antd';
import type { Dayjs } from 'dayjs';
import {
  auditActionLabels,
  auditActions,
  auditEntities,
  auditEntityLabels,
  type AuditAction,
  type AuditEntity,
} from '../../../shared/contract/audit';

export interface AuditFilterValues {
  entity?: AuditEntity;
  action?: AuditAction;
  range: [Dayjs, Dayjs] | null;
  search: string;
}

export interface AuditFiltersProps {
  value: AuditFilterValues;
  onChange: (value: AuditFilterValues) => void;
}

const entityOptions = auditEntities.map((entity) => ({ value: entity, label: auditEntityLabels[entity] }));
const actionOptions = auditActions.map((action) => ({ value: action, label: auditActionLabels[action] }));

// Every option rendered (no virtual list), at most ten rows tall: with the contracts' steps the actions
// outgrew a 768-pixel screen, and a dropdown taller than the window opens off it.
const wholeList = (count: number) => ({ listHeight: Math.min(count, 10) * 32 + 8, virtual: false });

export function AuditFilters({ value, onChange }: AuditFiltersProps) {
  return (
    <Space wrap data-testid="audit-filters">
      <Select<AuditEntity>
        allowClear
        placeholder="全部对象"
        aria-label="对象"
        style={{ width: 140 }}
        options={entityOptions}
        {...wholeList(entityOptions.length)}
        value={value.entity}
        onChange={(entity) => onChange({ ...value, entity })}
        data-testid="audit-entity-filter"
      />
      <Select<AuditAction>
        allowClear
        placeholder="全部操作"
        aria-label="操作"
        style={{ width: 120 }}
        options={actionOptions}
        {...wholeList(actionOptions.length)}
        value={value.action}
        onChange={(action) => onChange({ ...value, action })}
        data-testid="audit-action-filter"
      />
      <span data-testid="audit-date-range">
        <DatePicker.RangePicker
          aria-label="日期范围"
          value={value.range}
          onChange={(range) =>
            onChange({ ...value, range: range?.[0] && range[1] ? [range[0], range[1]] : null })
          }
        />
      </span>
      <Input.Search
        allowClear
        placeholder="搜索摘要或操作人"
        aria-label="搜索操作日志"
        style={{ width: 240 }}
        defaultValue={value.search}
        onSearch={(search) => onChange({ ...value, search: search.trim() })}
        data-testid="audit-search"
      />
    </Space>
  );
}
