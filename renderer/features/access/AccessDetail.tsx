// One work-access request: every registered field, and its steps (登记 → 街道审核 → 区领导小组决定 → 撤销,
// or 登记 → 撤回) as a timeline.
import { Descriptions, Timeline, Typography } from 'antd';
import type { AccessRequest } from '../../../shared/features/access/contract';
import { formatYuan } from '../../../shared/domain/money';
import { AccessStatusTag } from './AccessStatusTag';
import { formatDateTime } from '../../ui/format';

export function AccessDescriptions({ request }: { request: AccessRequest }) {
  const text = (value: string) => value || '—';
  return (
    <Descriptions
      bordered
      size="small"
      column={{ xs: 1, md: 2 }}
      data-testid="access-detail"
      items={[
        { label: '编号', children: request.requestNo },
        { label: '状态', children: <AccessStatusTag status={request.status} /> },
        { label: '申请单位', children: request.requestingDepartment },
        { label: '事项名称', children: request.title },
        { label: '事项内容', span: 2, children: request.content },
        { label: '依据', span: 2, children: text(request.legalBasis) },
        { label: '申请理由', span: 2, children: request.reason },
        { label: '适用社区', span: 2, children: request.communities.map((c) => c.name).join('、') },
        {
          label: '随事转经费',
          children: request.fundingFen === null ? '无' : `${formatYuan(request.fundingFen)} 元`,
        },
        { label: '随事转人员', children: request.staffCount === null ? '无' : `${request.staffCount} 人` },
        { label: '拟开始日期', children: request.requestedStartDate },
        { label: '申请日期', children: request.submittedDate },
        {
          label: '附件材料',
          span: 2,
          children:
            request.documents.length === 0 ? (
              '无'
            ) : (
              <ol style={{ margin: 0, paddingInlineStart: 20 }}>
                {request.documents.map((title, index) => (
                  <li key={index}>{title}</li>
                ))}
              </ol>
            ),
        },
        { label: '决定文号', children: request.decision?.decisionNo ?? '—' },
        { label: '决定日期', children: request.decision?.decisionDate ?? '—' },
      ]}
    />
  );
}

export function AccessSteps({ request }: { request: AccessRequest }) {
  const { review, decision, revocation, withdrawal } = request;
  const registered = {
    color: 'blue',
    content: (
      <>
        <Typography.Text strong>登记申请</Typography.Text>（{request.submittedDate}）
        <br />
        <Typography.Text type="secondary">
          {request.submittedBy} · {formatDateTime(request.submittedAt)}
        </Typography.Text>
      </>
    ),
  };
  if (withdrawal) {
    const withdrawn = {
      color: 'gray',
      content: (
        <>
          <Typography.Text strong>撤回申请</Typography.Text>：{withdrawal.reason}
          <br />
          <Typography.Text type="secondary">
            {withdrawal.withdrawnBy} · {formatDateTime(withdrawal.withdrawnAt)}
          </Typography.Text>
        </>
      ),
    };
    return <Timeline data-testid="access-steps" items={[registered, withdrawn]} />;
  }
  const items = [
    registered,
    review
      ? {
          color: 'blue',
          content: (
            <>
              <Typography.Text strong>街道审核</Typography.Text>：{review.opinion}
              <br />
              <Typography.Text type="secondary">
                {review.reviewedBy} · {formatDateTime(review.reviewedAt)}
              </Typography.Text>
            </>
          ),
        }
      : { color: 'gray', content: <Typography.Text type="secondary">待街道审核</Typography.Text> },
    decision
      ? {
          color: decision.approved ? 'green' : 'red',
          content: (
            <>
              <Typography.Text strong>
                区领导小组决定：{decision.approved ? '准予准入' : '不予准入'}
              </Typography.Text>
              （{decision.decisionNo}，{decision.decisionDate}）
              <br />
              <Typography.Text type="secondary">
                {decision.decidedBy} · {formatDateTime(decision.decidedAt)}
              </Typography.Text>
            </>
          ),
        }
      : { color: 'gray', content: <Typography.Text type="secondary">待区领导小组决定</Typography.Text> },
    ...(revocation
      ? [
          {
            color: 'gray',
            content: (
              <>
                <Typography.Text strong>撤销准入</Typography.Text>（{revocation.date}）：{revocation.reason}
                <br />
                <Typography.Text type="secondary">
                  {revocation.revokedBy} · {formatDateTime(revocation.revokedAt)}
                </Typography.Text>
              </>
            ),
          },
        ]
      : []),
  ];
  return <Timeline data-testid="access-steps" items={items} />;
}
