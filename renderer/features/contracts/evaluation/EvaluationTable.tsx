// 绩效评价: the contract's evaluations (kind, instalment, total and grade, coefficient) with 打印评价表.
import { PrinterOutlined } from '@ant-design/icons';
import { Button, Table } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import {
  evaluationKindLabels,
  scoreText,
  type Evaluation,
  type InstalmentStatus,
} from '../../../../shared/features/contracts/contract';
import { useFileOutput } from '../../../api/files';
import { canPrint, usePrint } from '../../../api/printing';
import { GradeTag } from '../contract-format';

export function EvaluationTable({
  evaluations,
  instalments,
}: {
  evaluations: Evaluation[];
  instalments: InstalmentStatus[];
}) {
  const save = useFileOutput('contracts.evaluationSheet');
  const print = usePrint('contracts.evaluationSheet');
  const output = (id: number) => (canPrint() ? print.mutate({ id }) : save.mutate({ id }));
  const labelOf = (seq: number | null) => instalments.find((row) => row.seq === seq)?.label ?? '—';
  const columns: ColumnsType<Evaluation> = [
    { title: '评价日期', dataIndex: 'evaluatedOn', width: 110 },
    {
      title: '类型',
      dataIndex: 'kind',
      width: 100,
      render: (k: Evaluation['kind']) => evaluationKindLabels[k],
    },
    { title: '对应分期', dataIndex: 'instalmentSeq', width: 100, render: labelOf },
    { title: '总分', dataIndex: 'totalTenths', width: 120, render: (t: number) => scoreText(t) },
    {
      title: '等级',
      dataIndex: 'grade',
      width: 70,
      render: (g: Evaluation['grade']) => <GradeTag grade={g} />,
    },
    { title: '付款比例', dataIndex: 'coefficientPercent', width: 90, render: (p: number) => `${p}%` },
    { title: '评价人员', dataIndex: 'evaluators' },
    { title: '评价结论', dataIndex: 'conclusion', ellipsis: true },
    {
      title: '操作',
      key: 'actions',
      width: 110,
      render: (_v, row) => (
        <Button
          size="small"
          icon={<PrinterOutlined />}
          loading={(save.isPending || print.isPending) && save.variables?.id === row.id}
          onClick={() => output(row.id)}
          data-testid={`evaluation-print-${row.id}`}
        >
          评价表
        </Button>
      ),
    },
  ];
  return (
    <Table<Evaluation>
      rowKey="id"
      size="small"
      columns={columns}
      dataSource={evaluations}
      pagination={false}
      locale={{ emptyText: '尚无绩效评价' }}
      data-testid="contract-evaluations"
    />
  );
}
