// 经费标准 (/settings/standards): the versions of the funding standard, and adding or editing one after a
// confirmation. A version an approved year was computed with cannot be edited (the year keeps its basis):
// its 修改 says why and offers a new, later version prefilled from it instead.
import { PlusOutlined } from '@ant-design/icons';
import { Alert, App, Card, Space } from 'antd';
import { ChannelButton } from '../../../ui/signed-in';
import { useState } from 'react';
import type { FundingStandard, StandardVersion } from '../../../../shared/features/funding/contract';
import { useChannelMutation } from '../../../api/mutations';
import { useStandards } from '../queries';
import { StandardFormModal } from './StandardFormModal';
import { StandardTable } from './StandardTable';
import { confirmPosting } from '../../../ui/confirm-posting';
import { buttonTestId } from '../../../ui/test-ids';
import { PageState } from '../../../ui/PageState';
import { useToday } from '../../../ui/today';

type Editing =
  | { mode: 'add'; source?: FundingStandard; year?: number }
  | { mode: 'edit'; standard: FundingStandard }
  | null;

/** The first year after the version's last approved year that has no version yet. */
function laterVersionYear(standard: StandardVersion, existingYears: number[]): number {
  let year = Math.max(...standard.approvedYears, standard.effectiveYear) + 1;
  while (existingYears.includes(year)) year += 1;
  return year;
}

export function StandardsPage() {
  const { message, modal } = App.useApp();
  const standards = useStandards();
  const thisYear = useToday().year;
  const save = useChannelMutation('standards.save');
  const [editing, setEditing] = useState<Editing>(null);
  const list = standards.data ?? [];
  const latest = list.reduce<FundingStandard | undefined>(
    (found, standard) => (!found || standard.effectiveYear > found.effectiveYear ? standard : found),
    undefined,
  );
  const newYear = Math.max((latest?.effectiveYear ?? 0) + 1, thisYear);
  const existingYears = list.map((standard) => standard.effectiveYear);

  async function edit(standard: StandardVersion) {
    if (standard.approvedYears.length === 0) return setEditing({ mode: 'edit', standard });
    const year = laterVersionYear(standard, existingYears);
    const accepted = await modal.confirm({
      title: `${standard.effectiveYear} 年起执行的标准已用于已审批年度，不能修改`,
      content: (
        <span data-testid="standard-locked-reason">
          {`${standard.approvedYears.join('、')} 年的核定已按此标准审批，已审批年度须保留核定时的依据，因此该版本不能再修改。` +
            `如标准有调整，请新增一个 ${year} 年起执行的新版本（以此版本的数值为底稿），它适用于 ${year} 年及以后尚未审批的年度。`}
        </span>
      ),
      okText: `新增 ${year} 年起执行的版本`,
      cancelText: '取消',
      okButtonProps: buttonTestId('standard-new-version-ok'),
      cancelButtonProps: buttonTestId('standard-new-version-cancel'),
    });
    if (accepted) setEditing({ mode: 'add', source: standard, year });
  }

  return (
    <Card
      title="经费标准"
      extra={
        <ChannelButton
          channel="standards.save"
          type="primary"
          icon={<PlusOutlined />}
          onClick={() => setEditing({ mode: 'add' })}
          data-testid="standard-add"
        >
          新增标准版本
        </ChannelButton>
      }
    >
      <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
        <Alert
          type="info"
          showIcon
          data-testid="standard-approved-note"
          title="每个版本自起始年度起执行，直到下一个版本。已用于已审批年度的版本不能修改（已审批年度保留审批时的依据），标准调整请新增版本；草稿年度需重新「测算全年」才按新标准计算。"
        />
        {standards.isError && <PageState state="error" error={standards.error} />}
        <StandardTable
          standards={list}
          loading={standards.isFetching}
          onEdit={(standard) => void edit(standard)}
        />
      </Space>
      {editing && (
        <StandardFormModal
          mode={editing.mode}
          source={editing.mode === 'edit' ? editing.standard : (editing.source ?? latest)}
          newYear={editing.mode === 'add' ? (editing.year ?? newYear) : newYear}
          existingYears={existingYears}
          lockedYears={list
            .filter((standard) => standard.approvedYears.length > 0)
            .map((standard) => standard.effectiveYear)}
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
