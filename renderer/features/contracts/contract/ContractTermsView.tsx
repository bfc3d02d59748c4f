// A contract's terms as read-only sections: 合同条款 (a version's 第二十三条 items), 成本测算, and
// 变更记录 (every version, with the fields each amendment changed).
import { Descriptions, Table, Tag, Timeline, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import {
  multiYearConditionLabels,
  multiYearConditions,
  procurementMethodLabels,
  type ContractTerms,
  type ContractVersion,
} from '../../../../shared/features/contracts/contract';
import { formatYuan } from '../../../../shared/domain/money';
import { formatDateTime } from '../../../ui/format';
import { yuanText } from '../contract-format';

const pre = { whiteSpace: 'pre-wrap' as const };

export function TermsDescriptions({ terms }: { terms: ContractTerms }) {
  const method = procurementMethodLabels[terms.procurementMethod];
  const conditions = multiYearConditions.filter((c) => terms.multiYear[c] === true);
  return (
    <Descriptions bordered size="small" column={2} data-testid="contract-terms">
      <Descriptions.Item label="合同名称" span={2}>
        {terms.title}
      </Descriptions.Item>
      <Descriptions.Item label="服务内容" span={2}>
        <span style={pre}>{terms.content}</span>
      </Descriptions.Item>
      <Descriptions.Item label="履行期限">
        {terms.startDate} 至 {terms.endDate}
      </Descriptions.Item>
      <Descriptions.Item label="合同价款">{yuanText(terms.priceFen)}</Descriptions.Item>
      <Descriptions.Item label="服务数量">
        <span style={pre}>{terms.quantity}</span>
      </Descriptions.Item>
      <Descriptions.Item label="质量标准">
        <span style={pre}>{terms.qualityStandard}</span>
      </Descriptions.Item>
      <Descriptions.Item label="资金结算方式" span={2}>
        <span style={pre}>{terms.settlementMethod}</span>
      </Descriptions.Item>
      <Descriptions.Item label="双方权利义务" span={2}>
        <span style={pre}>{terms.rightsAndDuties}</span>
      </Descriptions.Item>
      <Descriptions.Item label="违约责任" span={2}>
        <span style={pre}>{terms.breachLiability}</span>
      </Descriptions.Item>
      <Descriptions.Item label="购买方式">
        {terms.procurementMethod === 'other' ? `${method}（${terms.procurementNote}）` : method}
      </Descriptions.Item>
      <Descriptions.Item label="分年度预算">
        {terms.budgetYears.length === 0
          ? '—'
          : terms.budgetYears.map((row) => `${row.year} 年 ${formatYuan(row.amountFen)} 元`).join('；')}
      </Descriptions.Item>
      {conditions.length > 0 && (
        <Descriptions.Item label="第二十四条条件" span={2}>
          {conditions.map((c) => (
            <Tag key={c}>{multiYearConditionLabels[c]}</Tag>
          ))}
        </Descriptions.Item>
      )}
    </Descriptions>
  );
}

type CostRow = ContractTerms['costItems'][number];

const costColumns: ColumnsType<CostRow> = [
  { title: '服务项目', dataIndex: 'item' },
  { title: '数量', dataIndex: 'quantity', width: 90, align: 'right' },
  { title: '单位', dataIndex: 'unit', width: 80 },
  { title: '单价', dataIndex: 'unitPriceFen', width: 140, align: 'right', render: yuanText },
  { title: '金额', dataIndex: 'amountFen', width: 160, align: 'right', render: yuanText },
];

export function CostSheetTable({ terms }: { terms: ContractTerms }) {
  const total = terms.costItems.reduce((sum, row) => sum + row.amountFen, 0);
  return (
    <Table<CostRow>
      rowKey={(_row, index) => String(index)}
      size="small"
      columns={costColumns}
      dataSource={terms.costItems}
      pagination={false}
      data-testid="contract-cost-sheet"
      summary={() => (
        <Table.Summary.Row>
          <Table.Summary.Cell index={0} colSpan={4}>
            合计
          </Table.Summary.Cell>
          <Table.Summary.Cell index={4} align="right">
            {yuanText(total)}
          </Table.Summary.Cell>
        </Table.Summary.Row>
      )}
    />
  );
}

export function VersionsTimeline({ versions }: { versions: ContractVersion[] }) {
  const sorted = [...versions].sort((a, b) => b.version - a.version);
  return (
    <Timeline
      data-testid="contract-versions"
      items={sorted.map((version) => ({
        color: version.amendment ? 'orange' : 'blue',
        content: (
          <div data-testid={`contract-version-${version.version}`}>
            <Typography.Text strong>
              第 {version.version} 版{version.amendment ? `：${version.amendment.date} 变更` : '（签订版本）'}
            </Typography.Text>
            <div>
              {version.createdBy} {formatDateTime(version.createdAt)}
            </div>
            {version.amendment && (
              <>
                <div>变更理由：{version.amendment.reason}</div>
                <div>
                  变更内容：
                  {version.amendment.changedFields.map((field) => (
                    <Tag key={field}>{field}</Tag>
                  ))}
                </div>
              </>
            )}
            <div>
              价款 {yuanText(version.terms.priceFen)}，期限 {version.terms.startDate} 至{' '}
              {version.terms.endDate}
            </div>
          </div>
        ),
      }))}
    />
  );
}
