// 结项 in the books: the voucher the closing drafts and submits for review, so another 审核人 posts it like
// any other (制单与审核分离, open months). Its kind is 'grant' (a grant given back is a grant's negative,
// and like a payment it is edited nowhere but here), and fund_project_closing.voucher_id refers to it.
//   returned > 0: Dr the bank account the payments were made from / Cr the expense account they debited,
//     on the project's designation, so 业务活动成本 falls by what was not used; posting it writes the
//     negative release (Dr 3101 / Cr 3102) that puts the money back under its restriction. A designation
//     lifted (解除限制) since has no restriction to go back under: the return is then unrestricted.
//   redesignate, leftover > 0: Dr 3102 on the project's designation / Cr 3102 on the target, the 管委会's
//     transfer of restricted net assets between designations.
// Nothing to book (used all it was paid, and nothing moves) drafts no voucher.
import { formatYuan } from '../../../../shared/domain/money';
import type { ServiceContext } from '../../core/context';
import { conflict } from '../../core/errors';
import { refuseClosedPeriod } from '../../core/posting/periods';
import { designationBalance } from '../books/designation-balance';
import { postableAccount } from '../books/fund-accounts';
import { submitVoucherRecord } from '../books/voucher-lifecycle';
import { createDraft } from '../books/voucher-store';
import { designationFacts } from '../books/voucher-rules';
import type { DraftLine } from '../books/voucher-types';
import { fundLedger } from '../fund-records';
import type { ProjectDetail } from '../../../../shared/features/fund/projects/contract';

export interface ClosingFigures {
  closedOn: string;
  returnedFen: number;
  leftoverFen: number;
  /** The designation the leftover moves to; null when it stays on the project's. */
  targetDesignationId: number | null;
  targetName: string | null;
}

/** The accounts the project's posted, standing payments debited (expense) and credited (bank), largest first. */
function paymentAccounts(ctx: ServiceContext, projectId: number): { expenseId: number; bankId: number } {
  const largest = (side: 'debit_fen' | 'credit_fen', kind: string) =>
    ctx.db
      .prepare(
        `SELECT l.account_id AS id FROM fund_project_payment pay
           JOIN fund_project_instalment i ON i.id = pay.instalment_id
           JOIN fund_voucher v ON v.id = pay.voucher_id AND v.state = 'posted' AND v.reversed_by_id IS NULL
           JOIN fund_voucher_line l ON l.voucher_id = v.id AND l.${side} > 0
           JOIN fund_account a ON a.id = l.account_id AND a.kind = ?
          WHERE i.project_id = ? GROUP BY l.account_id ORDER BY sum(l.${side}) DESC, l.account_id LIMIT 1`,
      )
      .get(kind, projectId) as { id: number } | undefined;
  return {
    expenseId: largest('debit_fen', 'expense')?.id ?? postableAccount(ctx.db, '5101').id,
    bankId: largest('credit_fen', 'asset')?.id ?? postableAccount(ctx.db, '1002').id,
  };
}

/** The project's designation, unless it was lifted (解除限制) since: its money is unrestricted by now. */
function liveDesignation(ctx: ServiceContext, project: ProjectDetail): number | null {
  if (project.designationId === null) return null;
  const lifted = designationFacts(ctx.db, project.designationId)?.liftedVoucherId ?? null;
  return lifted === null ? project.designationId : null;
}

function returnLines(ctx: ServiceContext, project: ProjectDetail, returnedFen: number): DraftLine[] {
  if (returnedFen === 0) return [];
  const { expenseId, bankId } = paymentAccounts(ctx, project.id);
  const summary = `${project.number}结项退回未使用资助款`;
  const designationId = liveDesignation(ctx, project);
  return [
    { accountId: bankId, designationId: null, summary, debitFen: returnedFen, creditFen: 0 },
    { accountId: expenseId, designationId, summary, debitFen: 0, creditFen: returnedFen },
  ];
}

/**
 * A re-designation moves restricted net assets, so both ends are restricted: money with no designation
 * (非限定性) is the fund's to use already, and a 管委会 cannot put a donor's restriction on it; the
 * leftover still has to be on the designation (its unpaid part there, its returned part coming back).
 */
function refuseRedesignation(ctx: ServiceContext, project: ProjectDetail, figures: ClosingFigures): void {
  if (figures.targetDesignationId === null) return;
  const from = liveDesignation(ctx, project);
  if (from === null) {
    const why =
      project.designationId === null
        ? '项目使用的是非限定性资金，结余不受限定用途约束'
        : `项目的限定用途「${project.designationName}」已解除限制，结余已是非限定性资金`;
    throw conflict(`结余资金处理：${why}，不能经决议改为限定用途；请选择「退回原限定用途」`, 'redesignation');
  }
  const balance = designationBalance(ctx.db, from)!;
  const available = balance.availableFen + figures.returnedFen;
  if (figures.leftoverFen <= available) return;
  throw conflict(
    `改变用途：限定用途「${balance.name}」可用 ${formatYuan(balance.availableFen)} 元，加退回 ` +
      `${formatYuan(figures.returnedFen)} 元共 ${formatYuan(available)} 元，不足以转出结余 ${formatYuan(figures.leftoverFen)} 元`,
    'redesignation',
  );
}

function transferLines(ctx: ServiceContext, project: ProjectDetail, figures: ClosingFigures): DraftLine[] {
  if (figures.targetDesignationId === null || figures.leftoverFen === 0) return [];
  const restricted = postableAccount(ctx.db, '3102').id;
  const summary = `${project.number}结余经管委会决议改用于「${figures.targetName}」`;
  const fen = figures.leftoverFen;
  return [
    { accountId: restricted, designationId: project.designationId, summary, debitFen: fen, creditFen: 0 },
    {
      accountId: restricted,
      designationId: figures.targetDesignationId,
      summary,
      debitFen: 0,
      creditFen: fen,
    },
  ];
}

/** Drafts and submits the closing's voucher; null when there is nothing to book. */
export function draftClosingVoucher(
  ctx: ServiceContext,
  project: ProjectDetail,
  figures: ClosingFigures,
): number | null {
  refuseRedesignation(ctx, project, figures);
  const lines = [...returnLines(ctx, project, figures.returnedFen), ...transferLines(ctx, project, figures)];
  if (lines.length === 0) return null;
  refuseClosedPeriod(ctx.db, fundLedger, figures.closedOn, { label: '结项日期', name: 'closedOn' });
  const id = createDraft(ctx, {
    kind: 'grant',
    date: figures.closedOn,
    summary: `公益项目${project.number}「${project.title}」结项`,
    attachments: 0,
    hostReference: '',
    counterparty: project.applicantName,
    providerId: project.providerId,
    donationId: null,
    designationId: liveDesignation(ctx, project),
    liftConsent: '',
    supplementsId: null,
    lines,
  });
  submitVoucherRecord(ctx, id, `（公益项目 ${project.number} 结项）`);
  return id;
}
