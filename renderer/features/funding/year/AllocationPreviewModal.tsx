// 测算全年: every line the standard gives for the year, with its breakdown, before it is saved as the
// draft. Communities without a yearly profile are listed as a warning: they are not computed.
import { Alert, Button, Modal, Spin, Table, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import {
  fundingCategoryLabels,
  type AllocationPreview,
  type FundingCategory,
  type PreviewLine,
} from '../../../../shared/features/funding/contract';
import { formatYuan } from '../../../../shared/domain/money';
import { compareNullable, formatCount } from '../../../ui/format';
import { tableComponents } from '../../../ui/table-header';

export interface AllocationPreviewModalProps {
  year: number;
  preview: AllocationPreview | undefined;
  loading: boolean;
  error: string | null;
  saving: boolean;
  onSave: () => void;
  onCancel: () => void;
}

const columns: ColumnsType<PreviewLine> = [
  {
    title: '社区',
    dataIndex: 'communityName',
    sorter: (a, b) => a.communityName.localeCompare(b.communityName, 'zh-CN'),
  },
  {
    title: '项目',
    dataIndex: 'category',
    filters: (['basic_office', 'purchased_services'] as const).map((value) => ({
      text: fundingCategoryLabels[value],
      value,
    })),
    onFilter: (value, line) => line.category === value,
    render: (category: FundingCategory) => fundingCategoryLabels[category],
  },
  {
    title: '户数',
    dataIndex: 'householdsBasis',
    align: 'right',
    render: (households: number | null) => formatCount(households),
  },
  {
    title: '测算金额',
    dataIndex: 'computedFen',
    align: 'right',
    sorter: (a, b) => compareNullable(a.computedFen, b.computedFen),
    render: (fen: number | null) => (fen === null ? <Tag color="red">待录入</Tag> : formatYuan(fen)),
  },
  {
    title: '计算过程',
    dataIndex: 'breakdown',
    render: (breakdown: string, line) => (
      <>
        {breakdown}
        {line.keptOverrideFen !== null && (
          <div>
            <Tag color="blue">保留已调整的核定金额 {formatYuan(line.keptOverrideFen)} 元</Tag>
          </div>
        )}
      </>
    ),
  },
];

export function AllocationPreviewModal(props: AllocationPreviewModalProps) {
  const { year, preview, loading, error, saving, onSave, onCancel } = props;
  const canSave = !loading && error === null && preview !== undefined && preview.lines.length > 0;
  return (
    <Modal
      open
      title={`测算 ${year} 年社区工作经费`}
      width={1080}
      onCancel={onCancel}
      destroyOnHidden
      footer={
        <>
          <Button onClick={onCancel} data-testid="funding-preview-cancel">
            取消
          </Button>
          <Button
            type="primary"
            loading={saving}
            disabled={!canSave}
            onClick={onSave}
            data-testid="funding-preview-save"
          >
            保存草稿
          </Button>
        </>
      }
    >
      <div data-testid="funding-preview-modal">
        {error !== null && <Alert type="error" showIcon title={error} style={{ marginBottom: 12 }} />}
        {loading || !preview ? (
          error === null && <Spin description="正在测算…" style={{ display: 'block', margin: '48px auto' }} />
        ) : (
          <>
            <Typography.Paragraph type="secondary">
              依据 {preview.standard.effectiveYear}{' '}
              年起执行的经费标准测算。保存为草稿后，已录入的党建工作经费和已调整的核定金额会保留；审批前可以再次测算。
            </Typography.Paragraph>
            {preview.withoutProfile.length > 0 && (
              <Alert
                type="warning"
                showIcon
                style={{ marginBottom: 12 }}
                data-testid="funding-preview-without-profile"
                title={`以下 ${preview.withoutProfile.length} 个社区尚未填报 ${year} 年度情况，本次不测算：${preview.withoutProfile.join('、')}`}
              />
            )}
            <Table<PreviewLine>
              components={tableComponents}
              data-testid="funding-preview-table"
              rowKey={(line) => `${line.communityId}-${line.category}`}
              size="small"
              columns={columns}
              dataSource={preview.lines}
              pagination={{
                defaultPageSize: 20,
                showSizeChanger: true,
                showTotal: (total) => `共 ${total} 项`,
              }}
              summary={() => (
                <Table.Summary fixed>
                  <Table.Summary.Row>
                    <Table.Summary.Cell index={0} colSpan={3}>
                      <Typography.Text strong>测算合计（不含党建工作经费）</Typography.Text>
                    </Table.Summary.Cell>
                    <Table.Summary.Cell index={3} align="right">
                      <Typography.Text strong data-testid="funding-preview-total">
                        {formatYuan(preview.totalComputedFen)}
                      </Typography.Text>
                    </Table.Summary.Cell>
                    <Table.Summary.Cell index={4} />
                  </Table.Summary.Row>
                </Table.Summary>
              )}
            />
          </>
        )}
      </div>
    </Modal>
  );
}
