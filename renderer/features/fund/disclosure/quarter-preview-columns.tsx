// The columns of the quarter notice's preview tables, as the 收支公示 prints them: donations by published
// name (an anonymous donor is 爱心人士, never named), income and spending by designation, grants by project.
// A red reversal shows its negative amount and the 更正说明 beside it.
import { Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import type {
  DisclosureCorrection,
  QuarterDesignationRow,
  QuarterDonationRow,
  QuarterGrantRow,
} from '../../../../shared/features/fund/disclosure/contract';
import { yuanCell } from '../reports/fund-report-format';

const amountColumn = <Row extends { amountFen: number }>(title: string): ColumnsType<Row>[number] => ({
  title,
  dataIndex: 'amountFen',
  key: 'amountFen',
  align: 'right',
  width: 130,
  sorter: (a, b) => a.amountFen - b.amountFen,
  render: (fen: number) => yuanCell(fen),
});

function CorrectionNote({ correction }: { correction: DisclosureCorrection | null }) {
  if (correction === null) return null;
  return (
    <Typography.Text type="danger" data-testid={`fund-disclosure-correction-${correction.reversalVoucherId}`}>
      更正说明：{correction.text}
    </Typography.Text>
  );
}

const dateColumn = <Row extends { date: string }>(): ColumnsType<Row>[number] => ({
  title: '日期',
  dataIndex: 'date',
  key: 'date',
  width: 110,
  sorter: (a, b) => a.date.localeCompare(b.date),
  defaultSortOrder: 'ascend',
});

/** The 说明 column: a reversal row's 更正说明. */
const correctionColumn = <
  Row extends { correction: DisclosureCorrection | null },
>(): ColumnsType<Row>[number] => ({
  title: '说明',
  key: 'correction',
  render: (_, row) => <CorrectionNote correction={row.correction} />,
});

const numberColumn = { title: '凭证号', dataIndex: 'number', key: 'number', width: 150 } as const;

export const donationColumns: ColumnsType<QuarterDonationRow> = [
  dateColumn(),
  numberColumn,
  { title: '捐赠方', dataIndex: 'publishedName', key: 'publishedName', ellipsis: true },
  { title: '限定用途', dataIndex: 'designationName', key: 'designationName', ellipsis: true },
  amountColumn('金额（元）'),
  correctionColumn(),
];

export const grantColumns: ColumnsType<QuarterGrantRow> = [
  dateColumn(),
  numberColumn,
  {
    title: '公益项目',
    key: 'project',
    ellipsis: true,
    render: (_, row) => (row.projectNumber === null ? '—' : `${row.projectNumber} ${row.projectTitle ?? ''}`),
  },
  { title: '受助方', dataIndex: 'recipient', key: 'recipient', ellipsis: true },
  { title: '限定用途', dataIndex: 'designationName', key: 'designationName', ellipsis: true },
  amountColumn('金额（元）'),
  correctionColumn(),
];

export const designationColumns: ColumnsType<QuarterDesignationRow> = [
  { title: '限定用途', dataIndex: 'name', key: 'name' },
  {
    title: '收入（元）',
    dataIndex: 'incomeFen',
    key: 'incomeFen',
    align: 'right',
    width: 160,
    sorter: (a, b) => a.incomeFen - b.incomeFen,
    render: (fen: number) => yuanCell(fen),
  },
  {
    title: '支出（元）',
    dataIndex: 'spendingFen',
    key: 'spendingFen',
    align: 'right',
    width: 160,
    sorter: (a, b) => a.spendingFen - b.spendingFen,
    render: (fen: number) => yuanCell(fen),
  },
];
