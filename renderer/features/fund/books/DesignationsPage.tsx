// 限定用途 (/fund/designations): every designation with what it received, used, released and still has
// (the totals under the table); 新增限定用途 and 解除限制 open their modals. At 1366 px the text columns
// keep one line each (ellipsis, the whole text on hover) so the figures stay side by side.
import { PlusOutlined } from '@ant-design/icons';
import { Card, Table, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useState } from 'react';
import { Link } from 'react-router';
import { formatYuan, sumFen } from '../../../../shared/domain/money';
import {
  designationTargetLabels,
  restrictionKindLabels,
  type FundDesignationRow,
} from '../../../../shared/features/fund/books/contract';
import { PageState } from '../../../ui/PageState';
import { ChannelButton } from '../../../ui/signed-in';
import { rowTestId } from '../../../ui/test-ids';
import { DesignationModal } from './DesignationModal';
import { FundNav } from './FundNav';
import { LiftDesignationModal } from './LiftDesignationModal';
import { useFundDesignations } from './queries';

const money = (fen: number) => formatYuan(fen);

/** One line of a cell, cut with an ellipsis; the whole text on hover. */
function OneLine({ text, secondary = false }: { text: string; secondary?: boolean }) {
  return (
    <div title={text} style={{ overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' }}>
      {secondary ? <Typography.Text type="secondary">{text}</Typography.Text> : text}
    </div>
  );
}

function targetOf(row: FundDesignationRow): string {
  const label = designationTargetLabels[row.target];
  if (row.target === 'community') return `${label}：${row.communityName ?? ''}`;
  if (row.target === 'project') return `${label}：${row.projectName}`;
  return label;
}

function stateOf(row: FundDesignationRow) {
  if (row.lifted) return <Tag>已解除限制</Tag>;
  if (row.pendingLiftVoucherId !== null) return <Tag color="orange">解除待审核</Tag>;
  return <Tag color="green">有效</Tag>;
}

export function DesignationsPage() {
  const designations = useFundDesignations();
  const [creating, setCreating] = useState(false);
  const [lifting, setLifting] = useState<FundDesignationRow>();
  const rows = designations.data ?? [];
  const columns: ColumnsType<FundDesignationRow> = [
    {
      title: '名称',
      dataIndex: 'name',
      width: 170,
      ellipsis: true,
      sorter: (a, b) => a.name.localeCompare(b.name, 'zh'),
    },
    {
      title: '限定对象及用途',
      key: 'target',
      render: (_: unknown, row) => (
        <>
          <OneLine text={targetOf(row)} />
          <OneLine text={row.purpose} secondary />
        </>
      ),
    },
    {
      title: '限制类型',
      key: 'restriction',
      width: 110,
      render: (_: unknown, row) => (
        <>
          {restrictionKindLabels[row.restrictionKind]}
          {row.usableFrom && <OneLine text={`${row.usableFrom} 起可用`} secondary />}
        </>
      ),
    },
    ...(['receivedFen', 'usedFen', 'releasedFen', 'availableFen'] as const).map((key) => ({
      title: { receivedFen: '已收', usedFen: '已用', releasedFen: '已解除', availableFen: '可用余额' }[key],
      dataIndex: key,
      align: 'right' as const,
      width: 108,
      sorter: (a: FundDesignationRow, b: FundDesignationRow) => a[key] - b[key],
      render: (fen: number) => money(fen),
    })),
    { title: '状态', key: 'state', width: 96, render: (_: unknown, row) => stateOf(row) },
    {
      title: '',
      key: 'actions',
      width: 96,
      render: (_: unknown, row) =>
        row.lifted ? (
          row.liftedVoucherId ? (
            <Link to={`/fund/vouchers/${row.liftedVoucherId}`}>解除凭证</Link>
          ) : null
        ) : row.pendingLiftVoucherId !== null ? (
          <Link to={`/fund/vouchers/${row.pendingLiftVoucherId}`}>待审核</Link>
        ) : (
          <ChannelButton
            channel="fund.liftDesignation"
            size="small"
            onClick={() => setLifting(row)}
            data-testid={`fund-designation-lift-${row.id}`}
          >
            解除限制
          </ChannelButton>
        ),
    },
  ];

  return (
    <>
      <FundNav />
      <Card
        title="限定用途"
        extra={
          <ChannelButton
            channel="fund.createDesignation"
            type="primary"
            icon={<PlusOutlined />}
            onClick={() => setCreating(true)}
            data-testid="fund-designation-add"
          >
            新增限定用途
          </ChannelButton>
        }
      >
        {designations.isError ? (
          <PageState state="error" error={designations.error} />
        ) : (
          <Table<FundDesignationRow>
            rowKey="id"
            size="small"
            columns={columns}
            dataSource={rows}
            loading={designations.isFetching}
            pagination={{ pageSize: 50, hideOnSinglePage: true }}
            onRow={(row) => rowTestId(`fund-designation-row-${row.id}`)}
            data-testid="fund-designation-table"
            summary={() => (
              <Table.Summary.Row>
                <Table.Summary.Cell index={0} colSpan={3}>
                  合计（{rows.length} 项）
                </Table.Summary.Cell>
                {(['receivedFen', 'usedFen', 'releasedFen', 'availableFen'] as const).map((key, i) => (
                  <Table.Summary.Cell key={key} index={3 + i} align="right">
                    <span data-testid={`fund-designation-total-${key}`}>
                      {money(sumFen(rows.map((row) => row[key])))}
                    </span>
                  </Table.Summary.Cell>
                ))}
                <Table.Summary.Cell index={7} colSpan={2} />
              </Table.Summary.Row>
            )}
          />
        )}
      </Card>
      {creating && <DesignationModal onClose={() => setCreating(false)} />}
      {lifting && <LiftDesignationModal designation={lifting} onClose={() => setLifting(undefined)} />}
    </>
  );
}
