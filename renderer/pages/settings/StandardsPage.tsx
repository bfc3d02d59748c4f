// 经费标准 (/settings/standards): the versions of the funding standard, and adding or editing one after a
// confirmation. Approved allocations keep the amounts they were approved with whatever is edited here.
import { PlusOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Space } from 'antd';
import { useState } from 'react';
import type { FundingStandard } from '../../../shared/contract/funding';
import { toApiError } from '../../api/errors';
import { useChannelMutation } from '../../api/mutations';
import { useStandards } from '../../api/queries';
import { StandardFormModal } from '../../components/StandardFormModal';
import { StandardTable } from '../../components/StandardTable';
import { confirmPosting } from '../../components/confirm-posting';

type Editing = { mode: 'add' } | { mode: 'edit'; standard: FundingStandard } | null;

export function StandardsPage() {
  const { message, modal } = App.useApp();
  const standards = useStandards();
  const save = useChannelMutation('standards.save');
  const [editing, setEditing] = useState<Editing>(null);
  const list = standards.data ?? [];
  const latest = list.reduce<FundingStandard | undefined>(
    (found, standard) => (!found || standard.effectiveYear > found.effectiveYear ? standard : found),
    undefined,
  );
  const newYear = Math.max((latest?.effectiveYear ?? 0) + 1, new Date().getFullYear());

  return (
    <Card
      title="经费标准"
      extra={
        <Button
          type="primary"
          icon={<PlusOutlined />}
          onClick={() => setEditing({ mode: 'add' })}
          data-testid="standard-add"
        >
          新增标准版本
        </Button>
      }
    >
      <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
        <Alert
          type="info"
          showIcon
          data-testid="standard-approved-note"
          title="每个版本自起始年度起执行，直到下一个版本。修改标准不会改变已审批年度的核定金额；草稿年度需重新「测算全年」才按新标准计算。"
        />
        {standards.isError && <Alert type="error" showIcon title={toApiError(standards.error).message} />}
        <StandardTable
          standards={list}
          loading={standards.isFetching}
          onEdit={(standard) => setEditing({ mode: 'edit', standard })}
        />
      </Space>
      {editing && (
        <StandardFormModal
          mode={editing.mode}
          source={editing.mode === 'edit' ? editing.standard : latest}
          newYear={newYear}
          existingYears={list.map((standard) => standard.effectiveYear)}
          onCancel={() => setEditing(null)}
          onSubmit={async (fields) => {
            const replaces = list.some((standard) => standard.effectiveYear === fields.effectiveYear);
            const confirmed = await confirmPosting(modal, {
              title: replaces
                ? `修改 ${fields.effectiveYear} 年起执行的经费标准？`
                : `新增 ${fields.effectiveYear} 年起执行的经费标准？`,
              content: `${fields.effectiveYear} 年及以后尚未审批的年度，重新测算时将按此标准计算；已审批的核定金额不会改变。`,
              okText: '保存',
              okTestId: 'standard-confirm-ok',
            });
            if (!confirmed) return;
            await save.mutateAsync(fields);
            setEditing(null);
            void message.success(`已保存 ${fields.effectiveYear} 年起执行的经费标准`);
          }}
        />
      )}
    </Card>
  );
}
