// The fund's settings with its 管委会, and the chart of accounts with the office's 明细科目.
import type { ParsedInput } from '../../../../shared/contract';
import type { FundAccountRow, FundSettings } from '../../../../shared/features/fund/books/contract';
import { auditedChange } from '../../core/audited-change';
import { nowIso, type ServiceContext } from '../../core/context';
import type { Db } from '../../core/db/connection';
import { AppError, conflict, notFound } from '../../core/errors';

export function selectFundSettings(db: Db): FundSettings | null {
  const row = db
    .prepare(
      `SELECT fund_name AS fundName, host_name AS hostName, host_uscc AS hostUscc,
         agreement_number AS agreementNumber, bank_name AS bankName, account_name AS accountName,
         account_number AS accountNumber, opening_date AS openingDate, updated_at AS updatedAt
       FROM fund_settings WHERE id = 1`,
    )
    .get() as Omit<FundSettings, 'committee' | 'openingVoucherId' | 'hasVouchers'> | undefined;
  if (!row) return null;
  const committee = db
    .prepare(`SELECT name, duty, affiliation, phone FROM fund_committee_member ORDER BY position, id`)
    .all() as FundSettings['committee'];
  const opening = db.prepare(`SELECT id FROM fund_voucher WHERE kind = 'opening'`).get() as
    { id: number } | undefined;
  const any = db.prepare('SELECT 1 FROM fund_voucher LIMIT 1').get();
  return { ...row, committee, openingVoucherId: opening?.id ?? null, hasVouchers: any !== undefined };
}

export function saveFundSettings(ctx: ServiceContext, input: ParsedInput<'fund.saveSettings'>): FundSettings {
  return auditedChange(ctx, {
    entity: 'fund_settings',
    before: () => {
      const before = selectFundSettings(ctx.db);
      if (before && before.hasVouchers && before.openingDate !== input.openingDate)
        throw conflict(
          `建账日期：已有记账凭证，不能再把建账日期从 ${before.openingDate} 改为 ${input.openingDate}（凭证的日期以它为起点）`,
          'openingDate',
        );
      return before;
    },
    write: () => {
      const now = nowIso(ctx);
      ctx.db
        .prepare(
          `INSERT INTO fund_settings (id, fund_name, host_name, host_uscc, agreement_number, bank_name,
             account_name, account_number, opening_date, updated_at)
           VALUES (1, @fundName, @hostName, @hostUscc, @agreementNumber, @bankName, @accountName,
             @accountNumber, @openingDate, @now)
           ON CONFLICT (id) DO UPDATE SET fund_name = excluded.fund_name, host_name = excluded.host_name,
             host_uscc = excluded.host_uscc, agreement_number = excluded.agreement_number,
             bank_name = excluded.bank_name, account_name = excluded.account_name,
             account_number = excluded.account_number, opening_date = excluded.opening_date,
             updated_at = excluded.updated_at`,
        )
        .run({ ...input, committee: undefined, now });
      ctx.db.prepare('DELETE FROM fund_committee_member').run();
      const insert = ctx.db.prepare(
        `INSERT INTO fund_committee_member (position, name, duty, affiliation, phone) VALUES (?, ?, ?, ?, ?)`,
      );
      input.committee.forEach((member, index) =>
        insert.run(index + 1, member.name, member.duty, member.affiliation, member.phone),
      );
      return 1;
    },
    after: () => selectFundSettings(ctx.db)!,
    summary: (after) =>
      `保存基金设置：${after.fundName}（托管机构 ${after.hostName}，建账日期 ${after.openingDate}，管委会 ${after.committee.length} 人）`,
  });
}

const accountSql = `
  SELECT a.id, a.code, a.name, a.kind, a.normal_side AS normalSide, a.designation_rule AS designationRule,
    a.parent_id AS parentId, a.standard, a.active,
    (EXISTS (SELECT 1 FROM fund_voucher_line l WHERE l.account_id = a.id)
      OR EXISTS (SELECT 1 FROM fund_draft_line d WHERE d.account_id = a.id)) AS used,
    NOT EXISTS (SELECT 1 FROM fund_account c WHERE c.parent_id = a.id) AS leaf
  FROM fund_account a`;

type AccountDbRow = Omit<FundAccountRow, 'standard' | 'active' | 'used' | 'leaf'> & {
  standard: number;
  active: number;
  used: number;
  leaf: number;
};

const toRow = (row: AccountDbRow): FundAccountRow => ({
  ...row,
  standard: row.standard === 1,
  active: row.active === 1,
  used: row.used === 1,
  leaf: row.leaf === 1,
});

export function selectAccounts(db: Db): FundAccountRow[] {
  return (db.prepare(`${accountSql} ORDER BY a.code`).all() as AccountDbRow[]).map(toRow);
}

export function selectAccount(db: Db, id: number): FundAccountRow | undefined {
  const row = db.prepare(`${accountSql} WHERE a.id = ?`).get(id) as AccountDbRow | undefined;
  return row && toRow(row);
}

export function createAccount(ctx: ServiceContext, input: ParsedInput<'fund.createAccount'>): FundAccountRow {
  return auditedChange(ctx, {
    entity: 'fund_account',
    before: () => {
      const parent = selectAccount(ctx.db, input.parentId);
      if (!parent) throw notFound('上级科目');
      if (input.code.length !== parent.code.length + 2 || !input.code.startsWith(parent.code))
        throw new AppError(
          'invalid_input',
          `科目编码：应为上级科目编码 ${parent.code} 加两位数字，如 ${parent.code}01`,
          'code',
        );
      if (ctx.db.prepare('SELECT 1 FROM fund_account WHERE code = ?').get(input.code))
        throw conflict(`科目编码：${input.code} 已被使用`, 'code');
      if (parent.used && parent.leaf)
        throw conflict(
          `上级科目：${parent.code} ${parent.name} 已有凭证分录，不能再设明细科目（它的分录会留在非末级科目上）`,
          'parentId',
        );
      return null;
    },
    write: () => {
      const parent = selectAccount(ctx.db, input.parentId)!;
      const { lastInsertRowid } = ctx.db
        .prepare(
          `INSERT INTO fund_account (code, name, kind, normal_side, designation_rule, parent_id, standard)
           VALUES (?, ?, ?, ?, ?, ?, 0)`,
        )
        .run(input.code, input.name, parent.kind, parent.normalSide, parent.designationRule, parent.id);
      return Number(lastInsertRowid);
    },
    after: (id) => selectAccount(ctx.db, id)!,
    summary: (after) => `增设明细科目 ${after.code} ${after.name}`,
  });
}

export function updateAccount(ctx: ServiceContext, input: ParsedInput<'fund.updateAccount'>): FundAccountRow {
  return auditedChange(ctx, {
    entity: 'fund_account',
    before: () => {
      const before = selectAccount(ctx.db, input.id);
      if (!before) throw notFound('会计科目');
      const pending = ctx.db
        .prepare(
          `SELECT 1 FROM fund_draft_line d JOIN fund_voucher v ON v.id = d.voucher_id WHERE d.account_id = ?`,
        )
        .get(input.id);
      if (!input.active && before.active && pending)
        throw conflict(
          `是否启用：${before.code} ${before.name} 还有未记账的凭证分录，请先处理这些凭证再停用`,
          'active',
        );
      return before;
    },
    write: () => {
      ctx.db
        .prepare('UPDATE fund_account SET name = ?, active = ? WHERE id = ?')
        .run(input.name, input.active ? 1 : 0, input.id);
      return input.id;
    },
    after: (id) => selectAccount(ctx.db, id)!,
    summary: (after, before) =>
      `修改会计科目 ${after.code} ${after.name}` +
      (before && before.name !== after.name ? `（原名 ${before.name}）` : '') +
      (before && before.active !== after.active ? (after.active ? '，启用' : '，停用') : ''),
  });
}
