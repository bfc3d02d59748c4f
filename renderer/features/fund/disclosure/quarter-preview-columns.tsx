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

/** A sortable amount in 元, right-aligned, from one fen field of the row. */
function fenColumn<Row>(
  title: string,
  key: keyof Row & string,
  fenOf: (row: Row) => number,
  width = 130,
): ColumnsType<Row>[number] {
  return {
    title,
    key,
    align: 'right',
    width,
    sorter: (a, b) => fenOf(a) - fenOf(b),
    render: (_, row) => yuanCell(fenOf(row)),
  };
}

const amountColumn = <Row extends { amountFen: number }>() =>
  fenColumn<Row>('金额（元）', 'amountFen', (row) => row.amountFen);

function CorrectionNote({ correction }: { correction: DisclosureCorrection | null }) {
  if (correction === null) return null;
  return (
    <Typography.Text type="danger" data-testid={`fund-disclosure-correction-${correction.reversalVoucherId}`}>
      {correction.text}
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
  width: 260,
  render: (_, row) => <CorrectionNote correction={row.correction} />,
});

const numberColumn = { title: '凭证号', dataIndex: 'number', key: 'number', width: 150 } as const;

export const donationColumns: ColumnsType<QuarterDonationRow> = [
  dateColumn(),
  numberColumn,
  { title: '捐赠方', dataIndex: 'publishedName', key: 'publishedName' },
  { title: '限定用途', dataIndex: 'designationName', key: 'designationName', ellipsis: true },
  amountColumn(),
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
  amountColumn(),
  correctionColumn(),
];

export const designationColumns: ColumnsType<QuarterDesignationRow> = [
  { title: '限定用途', dataIndex: 'name', key: 'name' },
  fenColumn('收入（元）', 'incomeFen', (row) => row.incomeFen, 160),
  fenColumn('支出（元）', 'spendingFen', (row) => row.spendingFen, 160),
];
