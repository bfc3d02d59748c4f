// The year's actions: 测算全年 (preview, then save the draft), 审批, 导出年度报表, 打印公示 and the
// households template and import.
import { AuditOutlined, CalculatorOutlined, FileExcelOutlined, PrinterOutlined } from '@ant-design/icons';
import { App, Button, Popconfirm, Space, Typography } from 'antd';
import { useState } from 'react';
import { fundingCategoryLabels, type FundingYear } from '../../../../shared/features/funding/contract';
import { toApiError } from '../../../api/errors';
import { useFileOutput } from '../../../api/files';
import { useChannelMutation } from '../../../api/mutations';
import { useFundingPreview } from '../queries';
import { AllocationPreviewModal } from './AllocationPreviewModal';
import { buttonTestId } from '../../../ui/test-ids';
import { HouseholdsImport } from './HouseholdsImport';
import { NoticeDialog } from './NoticeDialog';
import { RefusalTip, useRoleRefusal } from '../../../ui/signed-in';

/** Why 审批 cannot succeed yet (lines still 待录入, which the Node side refuses), or null. */
function approvalBlocker(funding: FundingYear): string | null {
  const missing = funding.rows.flatMap((row) =>
    row.missing.map((category) => `${row.communityName}${fundingCategoryLabels[category]}`),
  );
  if (funding.status !== 'draft' || missing.length === 0) return null;
  const shown = missing.slice(0, 3).join('、') + (missing.length > 3 ? ' 等' : '');
  return `还有 ${missing.length} 项金额待录入（${shown}），全部录入后才能审批`;
}

export function FundingYearActions({ funding }: { funding: FundingYear }) {
  const { year, status } = funding;
  const blocker = approvalBlocker(funding);
  const { message } = App.useApp();
  const [previewing, setPreviewing] = useState(false);
  const [printing, setPrinting] = useState(false);
  const preview = useFundingPreview(year, previewing);
  const compute = useChannelMutation('funding.compute');
  const approve = useChannelMutation('funding.approve');
  const report = useFileOutput('funding.annualReport');
  const roleRefusal = useRoleRefusal();
  const computeRefusal = roleRefusal('funding.compute');
  const approveRefusal = roleRefusal('funding.approve');

  async function saveDraft(): Promise<void> {
    try {
      const saved = await compute.mutateAsync({ year });
      const communities = new Set(saved.lines.map((line) => line.communityId)).size;
      void message.success(`已保存 ${year} 年测算草稿（${communities} 个社区）`);
      setPreviewing(false);
    } catch (error) {
      void message.error(toApiError(error).message);
    }
  }

  async function approveYear(): Promise<void> {
    try {
      await approve.mutateAsync({ year });
      void message.success(`已审批 ${year} 年社区工作经费核定`);
    } catch (error) {
      void message.error(toApiError(error).message);
    }
  }

  return (
    <Space wrap>
      <RefusalTip refusal={computeRefusal}>
        <Button
          type={status === 'none' ? 'primary' : 'default'}
          icon={<CalculatorOutlined />}
          disabled={status === 'approved' || computeRefusal !== undefined}
          title={status === 'approved' ? '已审批的年度不能重新测算' : undefined}
          onClick={() => setPreviewing(true)}
          data-testid="funding-compute"
        >
          测算全年
        </Button>
      </RefusalTip>
      <RefusalTip refusal={approveRefusal}>
        <Popconfirm
          title={`审批 ${year} 年核定`}
          description="审批后核定金额不能再修改，之后的变更只能录入调整。确定审批？"
          okText="审批"
          cancelText="取消"
          okButtonProps={buttonTestId('funding-approve-confirm')}
          onConfirm={approveYear}
          disabled={status !== 'draft' || blocker !== null || approveRefusal !== undefined}
        >
          <Button
            type={status === 'draft' ? 'primary' : 'default'}
            icon={<AuditOutlined />}
            disabled={status !== 'draft' || blocker !== null || approveRefusal !== undefined}
            title={blocker ?? undefined}
            loading={approve.isPending}
            data-testid="funding-approve"
          >
            审批
          </Button>
        </Popconfirm>
      </RefusalTip>
      {blocker && (
        <Typography.Text type="warning" data-testid="funding-approve-blocked">
          {blocker}
        </Typography.Text>
      )}
      <Button
        icon={<FileExcelOutlined />}
        disabled={status === 'none'}
        loading={report.isPending}
        onClick={() => report.mutate({ year })}
        data-testid="funding-export-report"
      >
        导出年度报表
      </Button>
      <Button
        icon={<PrinterOutlined />}
        disabled={status === 'none'}
        onClick={() => setPrinting(true)}
        data-testid="funding-print-notice"
      >
        打印公示
      </Button>
      <HouseholdsImport year={year} status={status} />
      {previewing && (
        <AllocationPreviewModal
          year={year}
          preview={preview.data}
          loading={preview.isFetching}
          error={preview.isError ? toApiError(preview.error).message : null}
          saving={compute.isPending}
          onSave={() => void saveDraft()}
          onCancel={() => setPreviewing(false)}
        />
      )}
      {printing && (
        <NoticeDialog
          year={year}
          communities={funding.rows.map((row) => ({ id: row.communityId, name: row.communityName }))}
          onClose={() => setPrinting(false)}
        />
      )}
    </Space>
  );
}
