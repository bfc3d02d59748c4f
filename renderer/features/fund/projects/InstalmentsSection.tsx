// 资助协议: the agreement's number, date and terms, and its instalments, each with the voucher that pays it
// and its state (未拨付 / 草稿 / 待审核 / 已拨付); 拨付 on an instalment that has no live payment, while the
// workflow allows paying.
import { Button, Card, Descriptions, Empty, Table, Tag, Tooltip } from 'antd';
import { Link } from 'react-router';
import { formatYuan } from '../../../../shared/domain/money';
import { rowTestId } from '../../../ui/test-ids';
import type { ProjectDetail } from './ProjectDetail';

type Agreement = NonNullable<ProjectDetail['agreement']>;
export type Instalment = Agreement['instalments'][number];

const paymentColors: Record<Instalment['state'], string> = {
  unpaid: 'default',
  draft: 'gold',
  submitted: 'processing',
  paid: 'green',
};

export function InstalmentsSection({
  project,
  payRefusal,
  onPay,
}: {
  project: ProjectDetail;
  /** Why 拨付 cannot be used now (the workflow's or the role's reason); null when it can. */
  payRefusal: string | null;
  onPay: (instalment: Instalment) => void;
}) {
  const agreement = project.agreement;
  if (!agreement) {
    return (
      <Card size="small" title="资助协议" data-testid="fund-project-agreement">
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="尚未签订资助协议" />
      </Card>
    );
  }
  const total = agreement.instalments.reduce((sum, instalment) => sum + instalment.amountFen, 0);
  return (
    <Card size="small" title="资助协议" data-testid="fund-project-agreement">
      <Descriptions
        size="small"
        column={{ xs: 1, md: 3 }}
        items={[
          { label: '协议编号', children: agreement.agreementNo },
          { label: '签订日期', children: agreement.signedOn },
          { label: '资助金额', children: `${formatYuan(total)} 元` },
          { label: '主要条款', span: 3, children: agreement.terms || '—' },
        ]}
      />
      <Table<Instalment>
        size="small"
        rowKey="id"
        pagination={false}
        dataSource={agreement.instalments}
        data-testid="fund-project-instalments"
        onRow={(row) => rowTestId(`fund-project-instalment-${row.seq}`)}
        columns={[
          { title: '期次', dataIndex: 'seq', width: 60, render: (seq: number) => `第 ${seq} 期` },
          { title: '计划日期', dataIndex: 'plannedOn', width: 110 },
          { title: '金额（元）', dataIndex: 'amountFen', width: 130, align: 'right', render: formatYuan },
          { title: '拨付条件', dataIndex: 'condition', render: (text: string) => text || '—' },
          {
            title: '状态',
            key: 'state',
            width: 90,
            render: (_, row) => (
              <Tag
                color={paymentColors[row.state]}
                data-testid="fund-project-instalment-state"
                data-state={row.state}
              >
                {row.stateLabel}
              </Tag>
            ),
          },
          {
            title: '拨付凭证',
            key: 'voucher',
            width: 150,
            render: (_, row) =>
              row.voucherId !== null ? (
                <Link to={`/fund/vouchers/${row.voucherId}`} data-testid="fund-project-instalment-voucher">
                  {row.voucherNumber ?? `凭证 #${row.voucherId}（未记账）`}
                </Link>
              ) : (
                '—'
              ),
          },
          {
            title: '操作',
            key: 'pay',
            width: 80,
            render: (_, row) =>
              row.state === 'unpaid' && (
                <Tooltip title={payRefusal}>
                  <Button
                    size="small"
                    type="primary"
                    disabled={payRefusal !== null}
                    onClick={() => onPay(row)}
                    data-testid={`fund-project-pay-${row.seq}`}
                  >
                    拨付
                  </Button>
                </Tooltip>
              ),
          },
        ]}
        summary={() => (
          <Table.Summary.Row>
            <Table.Summary.Cell index={0} colSpan={2}>
              合计
            </Table.Summary.Cell>
            <Table.Summary.Cell index={2} align="right">
              {formatYuan(total)}
            </Table.Summary.Cell>
            <Table.Summary.Cell index={3} colSpan={4} />
          </Table.Summary.Row>
        )}
      />
    </Card>
  );
}
