// One table for every kind of posting: the caller's columns around an amount column in 元, a total row
// under the amount, sorting and paging. The columns every posting table shares (编号, 日期, 状态 of a
// reversible posting, 冲销, 录入) are built here so that they read the same everywhere.
import { Button, Table, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { formatYuan } from '../../shared/domain/money';
import { formatDateTime } from './format';
import {
  byPostingDate,
  netFen,
  reversalState,
  type PostingRow,
  type ReversiblePostingRow,
} from './posting-rows';
import { tableComponents } from './table-header';
import { rowTestId } from './test-ids';

type Column<T> = ColumnsType<T>[number];

export interface PostingTableProps<T extends PostingRow> {
  /** Names the test ids: `<testId>-table`, `<testId>-row-<id>`, `<testId>-total`. */
  testId: string;
  postings: T[];
  /** Columns left of the amount; the total row's label spans them. */
  before: ColumnsType<T>;
  /** Columns right of the amount. */
  after: ColumnsType<T>;
  amountTitle: string;
  /** Show a sign on every amount and negatives in red (adjustments go both ways). */
  signed?: boolean;
  totalLabel: string;
  emptyText: string;
}

function amountText(fen: number, signed: boolean) {
  if (!signed) return formatYuan(fen);
  return (
    <Typography.Text
      type={fen < 0 ? 'danger' : undefined}
    >{`${fen > 0 ? '+' : ''}${formatYuan(fen)}`}</Typography.Text>
  );
}

export function PostingTable<T extends PostingRow>(props: PostingTableProps<T>) {
  const { testId, before, after } = props;
  const amount: Column<T> = {
    title: props.amountTitle,
    dataIndex: 'amountFen',
    align: 'right',
    sorter: (a, b) => a.amountFen - b.amountFen,
    render: (fen: number) => amountText(fen, props.signed ?? false),
  };
  return (
    <Table<T>
      components={tableComponents}
      data-testid={`${testId}-table`}
      rowKey="id"
      size="small"
      columns={[...before, amount, ...after]}
      dataSource={props.postings}
      onRow={(row) => rowTestId(`${testId}-row-${row.id}`)}
      pagination={{ defaultPageSize: 10, showSizeChanger: true, showTotal: (total) => `共 ${total} 笔` }}
      locale={{ emptyText: props.emptyText }}
      summary={() => (
        <Table.Summary fixed>
          <Table.Summary.Row>
            <Table.Summary.Cell index={0} colSpan={before.length}>
              <Typography.Text strong>{props.totalLabel}</Typography.Text>
            </Table.Summary.Cell>
            <Table.Summary.Cell index={before.length} align="right">
              <Typography.Text strong data-testid={`${testId}-total`}>
                {formatYuan(netFen(props.postings))}
              </Typography.Text>
            </Table.Summary.Cell>
            <Table.Summary.Cell index={before.length + 1} colSpan={after.length} />
          </Table.Summary.Row>
        </Table.Summary>
      )}
    />
  );
}

/** 编号: the posting's id, as the reversal tags name it. */
export function postingIdColumn<T extends PostingRow>(): Column<T> {
  return {
    title: '编号',
    dataIndex: 'id',
    width: 70,
    sorter: (a, b) => a.id - b.id,
    render: (id: number) => `#${id}`,
  };
}

/** 日期, the table's first order. */
export function postingDateColumn<T extends PostingRow>(): Column<T> {
  return { title: '日期', dataIndex: 'date', width: 110, defaultSortOrder: 'ascend', sorter: byPostingDate };
}

/** 录入: who entered the posting and when. */
export function enteredByColumn<T extends PostingRow>(): Column<T> {
  return { title: '录入', key: 'actor', render: (_, row) => `${row.actor} ${formatDateTime(row.createdAt)}` };
}

function ReversalTag({ row }: { row: ReversiblePostingRow }) {
  switch (reversalState(row)) {
    case 'reversal':
      return <Tag color="purple">冲销 #{row.reversesId}</Tag>;
    case 'reversed':
      return <Tag color="default">已被 #{row.reversedById} 冲销</Tag>;
    default:
      return <Tag color="green">有效</Tag>;
  }
}

/** 状态 of a reversible posting: 有效, 冲销 #n, or 已被 #n 冲销; filterable. */
export function reversalStatusColumn<T extends ReversiblePostingRow>(): Column<T> {
  return {
    title: '状态',
    key: 'status',
    filters: [
      { text: '有效', value: 'valid' },
      { text: '已冲销或冲销记录', value: 'reversal' },
    ],
    onFilter: (value, row) => (value === 'valid') === (reversalState(row) === 'valid'),
    render: (_, row) => <ReversalTag row={row} />,
  };
}

/** 操作: 冲销 on a posting that is neither a reversal nor reversed already (test id `<testId>-reverse-<id>`). */
export function reverseActionColumn<T extends ReversiblePostingRow>(options: {
  testId: string;
  canReverse: boolean;
  onReverse: (row: T) => void;
}): Column<T> {
  return {
    title: '操作',
    key: 'actions',
    width: 80,
    render: (_, row) =>
      options.canReverse && reversalState(row) === 'valid' ? (
        <Button
          size="small"
          danger
          onClick={() => options.onReverse(row)}
          data-testid={`${options.testId}-reverse-${row.id}`}
        >
          冲销
        </Button>
      ) : null,
  };
}
