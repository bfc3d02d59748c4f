// One welfare project's sections, rendered from fund.project: 申请 (with its budget lines), 初审,
// 管委会决议 (with the members present), 进展报告 and 结项. The agreement with its instalments is
// InstalmentsSection; the page composes them with the step buttons.
import { Card, Descriptions, Empty, Table, Typography, type DescriptionsProps } from 'antd';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import type { ChannelOutput } from '../../../../shared/contract';
import { formatYuan } from '../../../../shared/domain/money';
import { committeeDutyLabels } from '../../../../shared/features/fund/books/fields';
import {
  applicantKindLabels,
  closingDispositionLabels,
} from '../../../../shared/features/fund/projects/project-fields';
import { ProjectStateTag } from './ProjectStateTag';

export type ProjectDetail = ChannelOutput<'fund.project'>;

const yuan = (fen: number | null | undefined) =>
  fen === null || fen === undefined ? '—' : `${formatYuan(fen)} 元`;

export function ApplicationSection({ project }: { project: ProjectDetail }) {
  return (
    <Card size="small" title="申请" data-testid="fund-project-application">
      <Descriptions
        bordered
        size="small"
        column={{ xs: 1, md: 3 }}
        items={[
          { label: '编号', children: project.number },
          { label: '状态', children: <ProjectStateTag state={project.state} /> },
          { label: '申请日期', children: project.appliedOn },
          { label: '申请社区', children: project.communityName },
          {
            label: '申请方',
            children: `${project.applicantName}（${applicantKindLabels[project.applicantKind]}）`,
          },
          {
            label: '联系人',
            children: [project.applicantContact, project.applicantPhone].filter(Boolean).join(' ') || '—',
          },
          { label: '项目名称', span: 3, children: project.title },
          { label: '项目目的', span: 3, children: project.purpose },
          { label: '受益对象', span: 3, children: project.beneficiaries },
          { label: '实施期间', children: `${project.periodStart} 至 ${project.periodEnd}` },
          { label: '申请金额', children: yuan(project.budgetFen) },
          { label: '限定用途', children: project.designationName ?? '—' },
        ]}
      />
      <Table
        size="small"
        style={{ marginTop: 12 }}
        rowKey="lineNo"
        pagination={false}
        dataSource={project.budgetLines}
        data-testid="fund-project-budget-lines"
        columns={[
          { title: '序号', dataIndex: 'lineNo', width: 60 },
          { title: '支出项目', dataIndex: 'item' },
          { title: '金额（元）', dataIndex: 'amountFen', width: 140, align: 'right', render: formatYuan },
          { title: '测算依据', dataIndex: 'note', render: (note: string) => note || '—' },
        ]}
        summary={() => (
          <Table.Summary.Row>
            <Table.Summary.Cell index={0} colSpan={2}>
              合计
            </Table.Summary.Cell>
            <Table.Summary.Cell index={2} align="right">
              {formatYuan(project.budgetLines.reduce((sum, line) => sum + line.amountFen, 0))}
            </Table.Summary.Cell>
            <Table.Summary.Cell index={3} />
          </Table.Summary.Row>
        )}
      />
      {project.withdrawReason && (
        <Typography.Paragraph type="danger" style={{ marginTop: 12 }} data-testid="fund-project-withdrawal">
          已撤回：{project.withdrawReason}
        </Typography.Paragraph>
      )}
    </Card>
  );
}

type DescriptionItems = NonNullable<DescriptionsProps['items']>;

/** A section that shows what was recorded, or says that nothing has been yet. */
function RecordSection(props: {
  title: string;
  testId: string;
  items: DescriptionItems | null;
  empty: string;
}) {
  return (
    <Card size="small" title={props.title} data-testid={props.testId}>
      {props.items ? (
        <Descriptions size="small" column={{ xs: 1, md: 3 }} items={props.items} />
      ) : (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={props.empty} />
      )}
    </Card>
  );
}

export function ReviewSection({ project }: { project: ProjectDetail }) {
  // Who reviewed is in the 操作记录 (the review's audit row names the signed-in 审核人).
  return (
    <RecordSection
      title="街道初审"
      testId="fund-project-review-section"
      empty="尚未初审"
      items={
        project.reviewedOn === null
          ? null
          : [
              { label: '初审日期', children: project.reviewedOn },
              { label: '初审意见', span: 2, children: project.reviewOpinion },
            ]
      }
    />
  );
}

function decisionItems(decision: NonNullable<ProjectDetail['decision']>): DescriptionItems {
  return [
    {
      label: '决议结果',
      children: (
        <Typography.Text type={decision.result === 'approved' ? 'success' : 'danger'}>
          {decision.result === 'approved' ? '批准资助' : '不予资助'}
        </Typography.Text>
      ),
    },
    { label: '决议文号', children: decision.decisionNo },
    { label: '决议日期', children: decision.decidedOn },
    { label: '批准金额', children: yuan(decision.approvedFen) },
    { label: '附加条件', children: decision.conditions || '无' },
    {
      label: '出席委员',
      span: 3,
      children: decision.members.map((m) => `${m.name}（${committeeDutyLabels[m.duty]}）`).join('、'),
    },
  ];
}

export function DecisionSection({ project }: { project: ProjectDetail }) {
  return (
    <RecordSection
      title="管委会决议"
      testId="fund-project-decision"
      empty="尚未提交管委会审议"
      items={project.decision && decisionItems(project.decision)}
    />
  );
}

export function ReportsSection({ project }: { project: ProjectDetail }) {
  return (
    <Card size="small" title="进展报告" data-testid="fund-project-reports">
      <Table
        size="small"
        rowKey="id"
        pagination={false}
        dataSource={project.reports}
        locale={{ emptyText: '尚无进展报告' }}
        columns={[
          { title: '报告日期', dataIndex: 'reportedOn', width: 110 },
          { title: '进展情况', dataIndex: 'progress' },
          {
            title: '累计使用（元）',
            dataIndex: 'usedFen',
            width: 140,
            align: 'right',
            render: formatYuan,
          },
        ]}
      />
    </Card>
  );
}

/** The voucher booking the return and re-designation: its number once posted, else waiting for review. */
function closingVoucher(closing: NonNullable<ProjectDetail['closing']>): ReactNode {
  if (closing.voucherId === null) return '无需记账（没有退回或改变用途）';
  return (
    <Link to={`/fund/vouchers/${closing.voucherId}`} data-testid="fund-project-closing-voucher">
      {closing.voucherNumber ?? `凭证 #${closing.voucherId}（待审核记账）`}
    </Link>
  );
}

function closingItems(closing: NonNullable<ProjectDetail['closing']>): DescriptionItems {
  return [
    { label: '结项日期', children: closing.closedOn },
    { label: '已拨付', children: yuan(closing.paidFen) },
    { label: '实际使用', children: yuan(closing.usedFen) },
    { label: '退回', children: yuan(closing.returnedFen) },
    { label: '结余', children: yuan(closing.leftoverFen) },
    {
      label: '结余处理',
      children: closing.targetDesignationName
        ? `${closingDispositionLabels[closing.disposition]}：${closing.targetDesignationName}`
        : closingDispositionLabels[closing.disposition],
    },
    { label: '结项凭证', children: closingVoucher(closing) },
    { label: '结项报告', span: 3, children: closing.report },
  ];
}

export function ClosingSection({ project }: { project: ProjectDetail }) {
  return (
    <RecordSection
      title="结项"
      testId="fund-project-closing"
      empty="尚未结项"
      items={project.closing && closingItems(project.closing)}
    />
  );
}
