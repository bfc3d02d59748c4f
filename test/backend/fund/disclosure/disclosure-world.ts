// The disclosure tests' world on a real SQLite file: the fund opened 2026-01-01 with 10,000.00 元
// (fundWorld; clock 2026-03-15), the office's settings, a designation 助老服务, a named donor 李明 and an
// anonymous one whose real name 王某某 must never reach a public document, and in 2026's first quarter:
// three posted donations (one reversed), a grant paying a project's instalment, a grant with no project
// (reversed), and a draft that must not count. Projects are plain SQL rows (the projects slice writes
// their services), respecting the tables' CHECKs and triggers.
import type Database from 'better-sqlite3';
import type { TestBackend } from '../../../fixtures/backend';
import { officeSettingsInput } from '../../../fixtures/builders';
import { providerInput } from '../../../fixtures/contracts';
import { designation, fundWorld, submitAndPost } from '../../../fixtures/fund';
import { donationInput, personDonor, yuan } from '../../../fixtures/fund-donations';

export const anonymousRealName = '王某某';

export interface DisclosureWorld {
  backend: TestBackend;
  elderlyId: number;
  projectId: number;
  donationVoucherIds: { named: number; anonymous: number; reversed: number };
  grantVoucherIds: { project: number; plain: number };
  reversalIds: { donation: number; grant: number };
}

async function postDonation(backend: TestBackend, input: Parameters<typeof donationInput>): Promise<number> {
  const { voucherId } = await backend.call('fund.recordDonation', donationInput(...input));
  await submitAndPost(backend, voucherId);
  return voucherId;
}

async function reverse(backend: TestBackend, id: number, date: string, reason: string): Promise<number> {
  const reversal = await backend.call('fund.reverseVoucher', { id, date, reason });
  await backend.as('approver').call('fund.postVoucher', { id: reversal.id });
  return reversal.id;
}

export async function openDisclosureWorld(): Promise<DisclosureWorld> {
  const { backend } = await fundWorld();
  await backend.as('administrator').call('office.update', officeSettingsInput());
  const elderly = await designation(backend, '助老服务');
  const named = await backend.call('fund.createDonor', personDonor({ name: '李明' }));
  const hidden = await backend.call(
    'fund.createDonor',
    personDonor({ name: anonymousRealName, anonymous: true, phone: '13900002222' }),
  );
  const donationVoucherIds = {
    named: await postDonation(backend, [named.id, { date: '2026-02-01', amountFen: yuan(500) }]),
    anonymous: await postDonation(backend, [
      hidden.id,
      { date: '2026-02-10', amountFen: yuan(800), designationId: elderly.id },
    ]),
    reversed: await postDonation(backend, [hidden.id, { date: '2026-02-20', amountFen: yuan(300) }]),
  };
  const provider = await backend.call('providers.create', providerInput());
  const grant = async (date: string, amountFen: number, designationId: number | null) => {
    const { voucherId } = await backend.call('fund.payGrant', {
      providerId: provider.id,
      date,
      amountFen,
      designationId,
    });
    await submitAndPost(backend, voucherId);
    return voucherId;
  };
  const grantVoucherIds = {
    project: await grant('2026-03-01', yuan(600), elderly.id),
    plain: await grant('2026-03-03', yuan(200), null),
  };
  const projectId = insertProject(backend.db, { state: 'in_progress', designationId: elderly.id });
  payInstalment(backend.db, projectId, grantVoucherIds.project);
  const reversalIds = {
    donation: await reverse(
      backend,
      donationVoucherIds.reversed,
      '2026-03-05',
      `${anonymousRealName}的捐赠金额录入有误`,
    ),
    grant: await reverse(backend, grantVoucherIds.plain, '2026-03-06', '重复拨付'),
  };
  // A draft in the quarter: not posted, so no figure of the disclosure may count it.
  await backend.call('fund.bankCharge', { date: '2026-03-07', amountFen: yuan(99) });
  return { backend, elderlyId: elderly.id, projectId, donationVoucherIds, grantVoucherIds, reversalIds };
}

// ---- projects as plain rows ----

const at = '2026-01-05T09:00:00+08:00';

export function insertCommunity(db: Database.Database, name = '幸福社区'): number {
  const found = db.prepare('SELECT id FROM community WHERE name = ?').get(name) as { id: number } | undefined;
  if (found) return found.id;
  return Number(
    db.prepare('INSERT INTO community (name, created_at, updated_at) VALUES (?, ?, ?)').run(name, at, at)
      .lastInsertRowid,
  );
}

export interface ProjectRow {
  state: 'in_progress' | 'agreed' | 'closed';
  seq?: number;
  title?: string;
  periodStart?: string;
  periodEnd?: string;
  signedOn?: string;
  approvedFen?: number;
  designationId?: number | null;
}

/**
 * A project approved by a decision, with budget lines (written while 申请中, as the trigger wants) and a
 * grant agreement of two instalments; `state` is where it ends up.
 */
export function insertProject(db: Database.Database, row: ProjectRow): number {
  const approvedFen = row.approvedFen ?? yuan(1_000);
  const seq = row.seq ?? 1;
  const id = Number(
    db
      .prepare(
        `INSERT INTO fund_project (year, seq, community_id, applicant_kind, applicant_name, title, purpose,
           beneficiaries, period_start, period_end, budget_fen, designation_id, applied_on, state, created_at,
           updated_at)
         VALUES (2026, ?, ?, 'resident_group', '幸福社区老年协会', ?, '为独居老人提供助餐服务', '独居老人30人',
           ?, ?, ?, ?, '2026-01-05', 'submitted', ?, ?)`,
      )
      .run(
        seq,
        insertCommunity(db),
        row.title ?? '长者助餐',
        row.periodStart ?? '2026-01-15',
        row.periodEnd ?? '2026-12-31',
        approvedFen,
        row.designationId ?? null,
        at,
        at,
      ).lastInsertRowid,
  );
  const budget = db.prepare(
    `INSERT INTO fund_project_budget_line (project_id, line_no, item, amount_fen) VALUES (?, ?, ?, ?)`,
  );
  budget.run(id, 1, '餐费补贴', approvedFen - yuan(200));
  budget.run(id, 2, '志愿者交通补贴', yuan(200));
  db.prepare(
    `UPDATE fund_project SET state = 'approved', reviewed_on = '2026-01-08', approved_fen = ? WHERE id = ?`,
  ).run(approvedFen, id);
  db.prepare(
    `INSERT INTO fund_project_decision (project_id, purpose, decided_on, decision_no, result, approved_fen,
       created_at) VALUES (?, 'approval', '2026-01-10', ?, 'approved', ?, ?)`,
  ).run(id, `管委会决〔2026〕${seq}号`, approvedFen, at);
  const signedOn = row.signedOn ?? '2026-01-12';
  db.prepare(
    `INSERT INTO fund_project_agreement (project_id, agreement_no, signed_on, created_at) VALUES (?, ?, ?, ?)`,
  ).run(id, `资助协议〔2026〕${seq}号`, signedOn, at);
  const instalment = db.prepare(
    `INSERT INTO fund_project_instalment (project_id, seq, planned_on, amount_fen) VALUES (?, ?, ?, ?)`,
  );
  instalment.run(id, 1, signedOn, Math.round(approvedFen * 0.6));
  instalment.run(id, 2, row.periodEnd ?? '2026-12-31', approvedFen - Math.round(approvedFen * 0.6));
  db.prepare(`UPDATE fund_project SET state = ? WHERE id = ?`).run(
    row.state === 'agreed' ? 'agreed' : 'in_progress',
    id,
  );
  return id;
}

/** Links a posted grant voucher to the project's first instalment not yet linked. */
export function payInstalment(db: Database.Database, projectId: number, voucherId: number): void {
  const instalment = db
    .prepare(
      `SELECT i.id FROM fund_project_instalment i WHERE i.project_id = ?
         AND NOT EXISTS (SELECT 1 FROM fund_project_payment p WHERE p.instalment_id = i.id) ORDER BY i.seq`,
    )
    .get(projectId) as { id: number };
  db.prepare(`INSERT INTO fund_project_payment (instalment_id, voucher_id, created_at) VALUES (?, ?, ?)`).run(
    instalment.id,
    voucherId,
    at,
  );
}

export function reportProgress(
  db: Database.Database,
  projectId: number,
  reportedOn: string,
  usedFen: number,
) {
  db.prepare(
    `INSERT INTO fund_project_report (project_id, reported_on, progress, used_fen, created_at)
     VALUES (?, ?, ?, ?, ?)`,
  ).run(projectId, reportedOn, `已为独居老人助餐至${reportedOn}`, usedFen, at);
}

/** 结项: what was used and returned; the leftover of the approved amount goes back to its designation. */
export function closeProject(
  db: Database.Database,
  projectId: number,
  closing: { closedOn: string; paidFen: number; usedFen: number; leftoverFen: number },
): void {
  db.prepare(
    `INSERT INTO fund_project_closing (project_id, closed_on, paid_fen, used_fen, returned_fen, leftover_fen,
       disposition, report, created_at)
     VALUES (?, ?, ?, ?, ?, ?, 'return_to_designation', '项目按计划完成，结余资金退回原限定用途', ?)`,
  ).run(
    projectId,
    closing.closedOn,
    closing.paidFen,
    closing.usedFen,
    closing.paidFen - closing.usedFen,
    closing.leftoverFen,
    at,
  );
  db.prepare(`UPDATE fund_project SET state = 'closed' WHERE id = ?`).run(projectId);
}
