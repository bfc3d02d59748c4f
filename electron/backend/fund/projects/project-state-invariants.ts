// The rules `cli check` holds a welfare project's state to: it stands on the rows its steps wrote. From
// 已批准 on there is the 管委会's approval of the same amount (不予资助 has its refusal, and nothing is
// decided before the review); from 已签协议 on the agreement; 已结项 and only it has its closing; and
// only a project in progress or closed has payments. A withdrawn project may have been withdrawn at any
// step before payment, so only its payments are checked.
import {
  projectStateLabels,
  type ProjectState,
} from '../../../../shared/features/fund/projects/project-workflow';
import { formatYuan } from '../../../../shared/domain/money';
import type { Invariant } from '../../core/invariant';
import { projectNumbers } from '../fund-records';

type Row = Record<string, unknown>;

const project = (row: Row) => `公益项目 ${projectNumbers.format(Number(row.year), Number(row.seq))}`;
const stateOf = (row: Row) => `${project(row)} 状态为「${projectStateLabels[row.state as ProjectState]}」`;

const approvedStates = `('approved', 'agreed', 'in_progress', 'closed')`;
const agreedStates = `('agreed', 'in_progress', 'closed')`;

function decisionFinding(row: Row): string {
  if (row.state === 'submitted' || row.state === 'reviewed') return `${stateOf(row)}，却已有管委会决议`;
  const wanted = row.state === 'rejected' ? '不予资助' : '批准资助';
  if (row.result === null || row.result === undefined) return `${stateOf(row)}，但没有管委会${wanted}的决议`;
  if (row.result !== (row.state === 'rejected' ? 'rejected' : 'approved'))
    return `${stateOf(row)}，但管委会的决议不是${wanted}`;
  return (
    `${project(row)} 的批准金额 ${formatYuan(Number(row.approved_fen ?? 0))} 元，` +
    `与管委会决议批准的 ${formatYuan(Number(row.decided_fen ?? 0))} 元不一致`
  );
}

export const projectStateInvariants: Invariant[] = [
  {
    sql: `SELECT p.year, p.seq, p.state, p.approved_fen, d.result, d.approved_fen AS decided_fen
            FROM fund_project p
            LEFT JOIN fund_project_decision d ON d.project_id = p.id AND d.purpose = 'approval'
           WHERE (p.state IN ${approvedStates}
                   AND (d.result IS NOT 'approved' OR d.approved_fen IS NOT p.approved_fen))
              OR (p.state = 'rejected' AND d.result IS NOT 'rejected')
              OR (p.state IN ('submitted', 'reviewed') AND d.id IS NOT NULL)
           ORDER BY p.year, p.seq`,
    describe: decisionFinding,
  },
  {
    sql: `SELECT p.year, p.seq, p.state, a.project_id IS NOT NULL AS agreed
            FROM fund_project p LEFT JOIN fund_project_agreement a ON a.project_id = p.id
           WHERE p.state <> 'withdrawn' AND (p.state IN ${agreedStates}) <> (a.project_id IS NOT NULL)
           ORDER BY p.year, p.seq`,
    describe: (row) => `${stateOf(row)}，${row.agreed ? '却已有资助协议' : '但没有资助协议'}`,
  },
  {
    sql: `SELECT p.year, p.seq, p.state, k.project_id IS NOT NULL AS closed
            FROM fund_project p LEFT JOIN fund_project_closing k ON k.project_id = p.id
           WHERE (p.state = 'closed') <> (k.project_id IS NOT NULL) ORDER BY p.year, p.seq`,
    describe: (row) => `${stateOf(row)}，${row.closed ? '却有结项记录' : '但没有结项记录'}`,
  },
  {
    sql: `SELECT DISTINCT p.year, p.seq, p.state FROM fund_project_payment pay
            JOIN fund_project_instalment i ON i.id = pay.instalment_id
            JOIN fund_project p ON p.id = i.project_id
           WHERE p.state NOT IN ('in_progress', 'closed') ORDER BY p.year, p.seq`,
    describe: (row) => `${stateOf(row)}，却已有拨付凭证`,
  },
];
