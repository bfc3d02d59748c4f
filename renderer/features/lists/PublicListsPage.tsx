// 公示清单 (/lists/:kind?): one of the five lists — its version in force, the draft being prepared
// (新建修订稿 → edit → 发布 / 放弃), Excel export and import, and what each version changed (历史版本).
import { FileExcelOutlined, FileAddOutlined } from '@ant-design/icons';
import { App, Button, Card, Select, Space, Tabs } from 'antd';
import { RefusalTip, useChannelAccess } from '../../ui/signed-in';
import { useState } from 'react';
import { Navigate, useNavigate, useParams } from 'react-router';
import { listKindLabels, listKinds, type ListKind } from '../../../shared/features/lists/contract';
import { toApiError } from '../../api/errors';
import { useFileOutput } from '../../api/files';
import { useCurrentList, useListHistory, useListOverview } from './queries';
import { useChannelMutation } from '../../api/mutations';
import { ListHistory } from './ListHistory';
import { ListItemsTable } from './ListItemsTable';
import { ListVersionSummary } from './ListVersionSummary';
import { DraftSection } from './DraftSection';
import { ListImport } from './ListImport';
import { PageState } from '../../ui/PageState';

type TabKey = 'current' | 'draft' | 'history';

const isListKind = (value: string | undefined): value is ListKind =>
  value !== undefined && (listKinds as readonly string[]).includes(value);

export function PublicListsPage() {
  const { kind } = useParams();
  if (!isListKind(kind)) return <Navigate to={`/lists/${listKinds[0]}`} replace />;
  return <ListScreen key={kind} kind={kind} />;
}

function ListScreen({ kind }: { kind: ListKind }) {
  const navigate = useNavigate();
  const { message } = App.useApp();
  const [tab, setTab] = useState<TabKey>('current');
  const overview = useListOverview();
  const current = useCurrentList(kind);
  const history = useListHistory(kind, tab === 'history');
  const startDraft = useChannelMutation('lists.startDraft');
  const startAccess = useChannelAccess('lists.startDraft');
  const exportExcel = useFileOutput('lists.exportExcel');
  const draft = overview.data?.find((entry) => entry.kind === kind)?.draft ?? null;
  const activeTab: TabKey = tab === 'draft' && !draft ? 'current' : tab;
  const exportedVersionId = activeTab === 'draft' && draft ? draft.id : current.data?.version.id;

  function start(): void {
    startDraft.mutate(
      { kind },
      {
        onSuccess: (detail) => {
          void message.success(`已新建修订稿（第 ${detail.version.versionNo} 版）`);
          setTab('draft');
        },
        onError: (error) => void message.error(toApiError(error).message),
      },
    );
  }

  return (
    <Card
      title="公示清单"
      extra={
        <Select<ListKind>
          value={kind}
          onChange={(next) => void navigate(`/lists/${next}`)}
          options={listKinds.map((value) => ({
            value,
            label: `${listKindLabels[value]}${overview.data?.find((entry) => entry.kind === value)?.draft ? '（有修订稿）' : ''}`,
          }))}
          style={{ width: 340 }}
          aria-label="选择清单"
          data-testid="lists-kind-select"
        />
      }
    >
      <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
        <Space wrap>
          <RefusalTip refusal={startAccess.refusal}>
            <Button
              type="primary"
              icon={<FileAddOutlined />}
              disabled={draft !== null || !current.data || !startAccess.allowed}
              loading={startDraft.isPending}
              onClick={start}
              title={draft ? '已有修订稿，请先发布或放弃' : undefined}
              data-testid="list-start-draft"
            >
              新建修订稿
            </Button>
          </RefusalTip>
          <Button
            icon={<FileExcelOutlined />}
            disabled={exportedVersionId === undefined}
            loading={exportExcel.isPending}
            onClick={() =>
              exportedVersionId !== undefined && exportExcel.mutate({ versionId: exportedVersionId })
            }
            data-testid="list-export"
          >
            导出Excel{activeTab === 'draft' ? '（修订稿）' : ''}
          </Button>
          <ListImport kind={kind} onImported={() => setTab('draft')} />
        </Space>
        <Tabs
          activeKey={activeTab}
          onChange={(key) => setTab(key as TabKey)}
          data-testid="list-tabs"
          items={[
            {
              key: 'current',
              label: <span data-testid="list-tab-current">现行版本</span>,
              children: current.isError ? (
                <PageState state="error" error={current.error} />
              ) : (
                <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
                  {current.data && (
                    <ListVersionSummary version={current.data.version} testId="list-current-summary" />
                  )}
                  <ListItemsTable
                    testId="list-current-items"
                    items={current.data?.items ?? []}
                    loading={current.isFetching}
                  />
                </Space>
              ),
            },
            ...(draft
              ? [
                  {
                    key: 'draft' as const,
                    label: <span data-testid="list-tab-draft">修订稿（第 {draft.versionNo} 版）</span>,
                    children: (
                      <DraftSection kind={kind} versionId={draft.id} onClosed={() => setTab('current')} />
                    ),
                  },
                ]
              : []),
            {
              key: 'history',
              label: <span data-testid="list-tab-history">历史版本</span>,
              children: history.isError ? (
                <PageState state="error" error={history.error} />
              ) : history.data ? (
                <ListHistory history={history.data} />
              ) : (
                <Card loading variant="borderless" />
              ),
            },
          ]}
        />
      </Space>
    </Card>
  );
}
