// 限定用途: created by 经办人, with their balances; lifted once with the donor's consent by a submitted
// 'lift' voucher (Dr 3102 / Cr 3101 for what is still available), which takes effect when posted.
import type { ParsedInput } from '../../../../shared/contract';
import type { FundDesignationRow, VoucherDetail } from '../../../../shared/features/fund/books/contract';
import { formatYuan } from '../../../../shared/domain/money';
import { auditedChange } from '../../core/audited-change';
import { inTransaction, nowIso, type ServiceContext } from '../../core/context';
import type { Db } from '../../core/db/connection';
import { AppError, conflict, notFound } from '../../core/errors';
import { designationBalances } from './designation-balance';
import { submitVoucherRecord } from './voucher-lifecycle';
import { selectVoucherDetail } from './voucher-queries';
import { postableAccount } from './fund-accounts';
import { createDraft } from './voucher-store';

type DesignationDbRow = Omit<
  FundDesignationRow,
  'lifted' | 'receivedFen' | 'usedFen' | 'releasedFen' | 'liftedFen' | 'availableFen'
>;

export function selectDesignations(db: Db, ids?: number[]): FundDesignationRow[] {
  const where = ids ? `WHERE d.id IN (${ids.map(() => '?').join(', ') || 'NULL'})` : '';
  const rows = db
    .prepare(
      `SELECT d.id, d.name, d.target, d.community_id AS communityId, c.name AS communityName,
         d.project_name AS projectName, d.purpose, d.restriction_kind AS restrictionKind,
         d.usable_from AS usableFrom, d.created_at AS createdAt, d.lifted_voucher_id AS liftedVoucherId,
         d.lift_consent AS liftConsent,
         (SELECT v.id FROM fund_voucher v WHERE v.kind = 'lift' AND v.designation_id = d.id
            AND v.state <> 'posted' ORDER BY v.id LIMIT 1) AS pendingLiftVoucherId
       FROM fund_designation d LEFT JOIN community c ON c.id = d.community_id ${where}
       ORDER BY d.id`,
    )
    .all(...(ids ?? [])) as DesignationDbRow[];
  const balances = new Map(designationBalances(db, ids).map((row) => [row.designationId, row]));
  return rows.map((row) => {
    const balance = balances.get(row.id)!;
    return {
      ...row,
      lifted: row.liftedVoucherId !== null,
      receivedFen: balance.receivedFen,
      usedFen: balance.usedFen,
      releasedFen: balance.releasedFen,
      liftedFen: balance.liftedFen,
      availableFen: balance.availableFen,
    };
  });
}

export function createDesignation(
  ctx: ServiceContext,
  input: ParsedInput<'fund.createDesignation'>,
): FundDesignationRow {
  return auditedChange(ctx, {
    entity: 'fund_designation',
    before: () => {
      if (ctx.db.prepare('SELECT 1 FROM fund_designation WHERE name = ?').get(input.name))
        throw conflict(`限定用途名称：「${input.name}」已有，请换一个名称`, 'name');
      if (
        input.communityId !== null &&
        !ctx.db.prepare('SELECT 1 FROM community WHERE id = ?').get(input.communityId)
      )
        throw new AppError('not_found', '社区：不在社区登记中', 'communityId');
      return null;
    },
    write: () => {
      const { lastInsertRowid } = ctx.db
        .prepare(
          `INSERT INTO fund_designation (name, target, community_id, project_name, purpose, restriction_kind,
             usable_from, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
        )
        .run(
          input.name,
          input.target,
          input.communityId,
          input.projectName,
          input.purpose,
          input.restrictionKind,
          input.usableFrom,
          nowIso(ctx),
        );
      return Number(lastInsertRowid);
    },
    after: (id) => selectDesignations(ctx.db, [id])[0]!,
    summary: (after) =>
      `新增限定用途「${after.name}」` + (after.usableFrom ? `（${after.usableFrom} 起可使用）` : ''),
  });
}

/** The lift voucher's amount must equal what is available when it is drafted and when it is posted. */
export function refuseLift(db: Db, designationId: number, ignoreVoucherId?: number): FundDesignationRow {
  const designation = selectDesignations(db, [designationId])[0];
  if (!designation) throw notFound('限定用途');
  if (designation.lifted) throw conflict(`限定用途「${designation.name}」已解除限制`, 'designationId');
  if (designation.pendingLiftVoucherId !== null && designation.pendingLiftVoucherId !== ignoreVoucherId)
    throw conflict(`限定用途「${designation.name}」已有待审核的解除限制凭证`, 'designationId');
  if (designation.availableFen <= 0)
    throw conflict(`限定用途「${designation.name}」可用余额为 0，无需解除限制`, 'designationId');
  return designation;
}

export function liftDesignation(
  ctx: ServiceContext,
  input: ParsedInput<'fund.liftDesignation'>,
): VoucherDetail {
  const id = inTransaction(ctx, () => {
    const designation = refuseLift(ctx.db, input.designationId);
    const restricted = postableAccount(ctx.db, '3102');
    const unrestricted = postableAccount(ctx.db, '3101');
    const amount = designation.availableFen;
    const voucherId = createDraft(ctx, {
      kind: 'lift',
      date: input.date,
      summary: input.summary,
      attachments: 0,
      hostReference: '',
      counterparty: '',
      providerId: null,
      donationId: null,
      designationId: designation.id,
      liftConsent: input.consent,
      supplementsId: null,
      lines: [
        {
          accountId: restricted.id,
          designationId: designation.id,
          summary: `解除限制：${designation.name}`,
          debitFen: amount,
          creditFen: 0,
        },
        {
          accountId: unrestricted.id,
          designationId: null,
          summary: `解除限制：${designation.name}`,
          debitFen: 0,
          creditFen: amount,
        },
      ],
    });
    submitVoucherRecord(ctx, voucherId, `（解除限制「${designation.name}」${formatYuan(amount)} 元）`);
    return voucherId;
  });
  return selectVoucherDetail(ctx.db, id)!;
}
