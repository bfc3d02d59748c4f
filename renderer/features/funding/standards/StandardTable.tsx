// The versions of the funding standard, each in force from its effective year until the next one.
import { Button, Table, Tag, Tooltip } from 'antd';
import { useChannelAccess } from '../../../ui/signed-in';
import type { ColumnsType } from 'antd/es/table';
import type { FundingStandard, StandardVersion } from '../../../../shared/features/funding/contract';
import { partBlockRuleLabels, wanYuan, yuanWords } from '../../../../shared/features/funding/funding-rules';
import { formatCount, formatDateTime } from '../../../ui/format';
import { tableComponents } from '../../../ui/table-header';

export interface StandardTableProps {
  standards: StandardVersion[];
  loading: boolean;
  onEdit: (standard: StandardVersion) => void;
}

export function StandardTable({ standards, loading, onEdit }: StandardTableProps) {
  const saveAccess = useChannelAccess('standards.save');
  const columns: ColumnsType<StandardVersion> = [
    {
      title: '起始年度',
      dataIndex: 'effectiveYear',
      width: 150,
      defaultSortOrder: 'descend',
      sorter: (a, b) => a.effectiveYear - b.effectiveYear,
      render: (year: number, row) => (
        <>
          {year} 年起
          {row.approvedYears.length > 0 && (
            <Tooltip title={`已用于已审批的 ${row.approvedYears.join('、')} 年核定，不能修改`}>
              <Tag color="blue" style={{ marginInlineStart: 4 }} data-testid={`standard-locked-${year}`}>
                已审批使用
              </Tag>
            </Tooltip>
          )}
        </>
      ),
    },
    {
      title: '基本办公经费',
      key: 'basic',
      render: (_, row) =>
        `${formatCount(row.basicMinHouseholds)}—${formatCount(row.basicBaseMaxHouseholds)} 户 ${wanYuan(row.basicBaseFen)}；每超 ${formatCount(row.basicBlockHouseholds)} 户 +${wanYuan(row.basicBlockFen)}`,
    },
    {
      title: '不足一档',
      dataIndex: 'partBlockRule',
      filters: Object.entries(partBlockRuleLabels).map(([value, text]) => ({ value, text })),
      onFilter: (value, row) => row.partBlockRule === value,
      render: (rule: FundingStandard['partBlockRule']) => partBlockRuleLabels[rule],
    },
    {
      title: '公共服务（元/户）',
      key: 'rates',
      render: (_, row) =>
        `自治 ${yuanWords(row.servicesRateFen.self_governed)} · 公共单位 ${yuanWords(row.servicesRateFen.public_unit)} · 物管 ${yuanWords(row.servicesRateFen.property_managed)}`,
    },
    {
      title: '书记兼主任上浮',
      dataIndex: 'secretaryUpliftPercent',
      align: 'right',
      sorter: (a, b) => a.secretaryUpliftPercent - b.secretaryUpliftPercent,
      render: (percent: number) => `${percent}%`,
    },
    {
      title: '说明',
      dataIndex: 'note',
      ellipsis: { showTitle: false },
      render: (note: string) => (note ? <Tooltip title={note}>{note}</Tooltip> : '—'),
    },
    { title: '最后修改', dataIndex: 'updatedAt', width: 170, render: formatDateTime },
    {
      title: '操作',
      key: 'actions',
      width: 80,
      render: (_, row) => (
        <Button
          size="small"
          onClick={() => onEdit(row)}
          disabled={!saveAccess.allowed}
          title={saveAccess.refusal}
          data-testid={`standard-edit-${row.effectiveYear}`}
        >
          修改
        </Button>
      ),
    },
  ];
  return (
    <Table<StandardVersion>
      components={tableComponents}
      data-testid="standard-table"
      rowKey="id"
      size="middle"
      loading={loading}
      columns={columns}
      dataSource={standards}
      onRow={(row) => ({
        'data-testid': `standard-row-${row.effectiveYear}`,
        onDoubleClick: () => saveAccess.allowed && onEdit(row),
      })}
      pagination={{ defaultPageSize: 10, hideOnSinglePage: true, showTotal: (total) => `共 ${total} 个版本` }}
      locale={{ emptyText: '尚未设置经费标准' }}
    />
  );
}
