// Donors (捐赠人): entry, correction, the list with what each gave, and the card with the giving history.
// An organisation's 统一社会信用代码 is validated and unique; an anonymous donor is published as 爱心人士
// (or the name the donor chose), any other under the name itself.
import type { ParsedInput } from '../../../../shared/contract';
import type { Donor, DonorDetail, DonorPage } from '../../../../shared/features/fund/donations/contract';
import { auditedChange } from '../../core/audited-change';
import { nowIso, type ServiceContext } from '../../core/context';
import { conflict, notFound } from '../../core/errors';
import { findDonor, findDonorByUscc, listDonationRows, listDonorRows } from './donation-queries';

type DonorFields = ParsedInput<'fund.createDonor'>;

export function requireDonor(ctx: ServiceContext, id: number): Donor {
  const donor = findDonor(ctx.db, id);
  if (!donor) throw notFound('捐赠人');
  return donor;
}

function refuseUsccClash(ctx: ServiceContext, uscc: string, exceptId: number): void {
  const other = findDonorByUscc(ctx.db, uscc, exceptId);
  if (other) throw conflict(`统一社会信用代码：与已登记的捐赠人「${other.name}」重复`, 'uscc');
}

function values(input: DonorFields) {
  return {
    kind: input.kind,
    name: input.name,
    uscc: input.uscc,
    contact_person: input.contactPerson,
    phone: input.phone,
    address: input.address,
    anonymous: input.anonymous ? 1 : 0,
    published_name: input.publishedName,
    note: input.note,
  };
}

export function listDonors(ctx: ServiceContext, input: ParsedInput<'fund.donors'>): DonorPage {
  return listDonorRows(ctx.db, input);
}

export function getDonor(ctx: ServiceContext, input: ParsedInput<'fund.donor'>): DonorDetail {
  const donor = requireDonor(ctx, input.id);
  return {
    donor,
    donations: listDonationRows(ctx.db, { donorId: donor.id, awaitingReceipt: false }),
  };
}

export function createDonor(ctx: ServiceContext, input: DonorFields): Donor {
  return auditedChange(ctx, {
    entity: 'fund_donor',
    before: () => {
      refuseUsccClash(ctx, input.uscc, 0);
      return null;
    },
    write: () => {
      const now = nowIso(ctx);
      return Number(
        ctx.db
          .prepare(
            `INSERT INTO fund_donor (kind, name, uscc, contact_person, phone, address, anonymous, published_name,
               note, created_at, updated_at)
             VALUES (@kind, @name, @uscc, @contact_person, @phone, @address, @anonymous, @published_name, @note,
               @now, @now)`,
          )
          .run({ ...values(input), now }).lastInsertRowid,
      );
    },
    after: (id) => requireDonor(ctx, id),
    summary: (donor) =>
      `登记捐赠人「${donor.name}」${donor.anonymous ? `（匿名，公示为${donor.publishedName}）` : ''}`,
  });
}

export function updateDonor(ctx: ServiceContext, input: ParsedInput<'fund.updateDonor'>): Donor {
  return auditedChange(ctx, {
    entity: 'fund_donor',
    before: () => {
      const donor = requireDonor(ctx, input.id);
      refuseUsccClash(ctx, input.uscc, input.id);
      return donor;
    },
    write: () => {
      ctx.db
        .prepare(
          `UPDATE fund_donor SET kind = @kind, name = @name, uscc = @uscc, contact_person = @contact_person,
             phone = @phone, address = @address, anonymous = @anonymous, published_name = @published_name,
             note = @note, updated_at = @now WHERE id = @id`,
        )
        .run({ ...values(input), now: nowIso(ctx), id: input.id });
      return input.id;
    },
    after: (id) => requireDonor(ctx, id),
    summary: (donor) => `修改捐赠人「${donor.name}」`,
  });
}
