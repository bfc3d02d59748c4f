// Providers (承接主体): entry, correction, suspension, the qualification checks and the card with history.
import type { ParsedInput } from '../../../../shared/contract';
import { auditedChange } from '../../core/audited-change';
import { nowIso, type ServiceContext } from '../../core/context';
import { AppError, conflict, notFound } from '../../core/errors';
import { today } from '../../core/posting/posting-dates';
import {
  providerKindLabels,
  staleCheckWarning,
  type Provider,
  type ProviderCard,
  type ProviderRow,
} from '../../../../shared/features/contracts/contract';
import {
  checkMaxAgeDays,
  findClash,
  findProvider,
  insertCheck,
  insertProvider,
  listProviderRows,
  selectChecks,
  selectProviderHistory,
  setProviderStatus,
  updateProviderRow,
  type ProviderFields,
} from './provider-queries';

const clashLabels = { name: '名称', uscc: '统一社会信用代码', idNumber: '身份证号码' } as const;

export function requireProvider(ctx: ServiceContext, id: number): Provider {
  const provider = findProvider(ctx.db, id);
  if (!provider) throw notFound('承接主体');
  return provider;
}

/** A suspended provider is given no new contract and no draft of it is signed. */
export function refuseSuspendedProvider(provider: Provider, field = 'providerId'): void {
  if (provider.status !== 'suspended') return;
  throw conflict(
    `承接主体：「${provider.name}」已暂停合作（${provider.suspendedReason}），不能订立新合同；恢复合作后再办理`,
    field,
  );
}

function refuseClash(ctx: ServiceContext, fields: ProviderFields, exceptId: number): void {
  const clash = findClash(ctx.db, fields, exceptId);
  if (!clash) return;
  const label = clashLabels[clash.field];
  throw conflict(`${label}：与已登记的承接主体「${clash.name}」重复`, clash.field);
}

function fieldsOf(input: ProviderFields): ProviderFields {
  const { name, kind, uscc, idNumber, registrationAuthority, legalRepresentative } = input;
  const { contactPerson, contactPhone, bankName, bankAccount, note } = input;
  return {
    name,
    kind,
    uscc,
    idNumber,
    registrationAuthority,
    legalRepresentative,
    contactPerson,
    contactPhone,
    bankName,
    bankAccount,
    note,
  };
}

export function listProviders(ctx: ServiceContext, input: ParsedInput<'providers.list'>): ProviderRow[] {
  return listProviderRows(ctx.db, input);
}

export function getProvider(ctx: ServiceContext, input: ParsedInput<'providers.get'>): ProviderCard {
  return providerCard(ctx, input.id);
}

function providerCard(ctx: ServiceContext, id: number): ProviderCard {
  const provider = requireProvider(ctx, id);
  return {
    provider,
    checks: selectChecks(ctx.db, id),
    history: selectProviderHistory(ctx.db, id),
    checkWarning: staleCheckWarning(
      provider.lastCheck?.checkedOn ?? null,
      today(ctx),
      checkMaxAgeDays(ctx.db),
    ),
  };
}

export function createProvider(ctx: ServiceContext, input: ParsedInput<'providers.create'>): Provider {
  const fields = fieldsOf(input);
  return auditedChange(ctx, {
    entity: 'provider',
    before: () => {
      refuseClash(ctx, fields, 0);
      return null;
    },
    write: () => insertProvider(ctx.db, fields, nowIso(ctx)),
    after: (id) => requireProvider(ctx, id),
    summary: (created) => `新增承接主体：${created.name}（${providerKindLabels[created.kind]}）`,
  });
}

export function updateProvider(ctx: ServiceContext, input: ParsedInput<'providers.update'>): Provider {
  const fields = fieldsOf(input);
  return auditedChange(ctx, {
    entity: 'provider',
    before: () => {
      const before = requireProvider(ctx, input.id);
      refuseClash(ctx, fields, input.id);
      return before;
    },
    write: () => {
      updateProviderRow(ctx.db, input.id, fields, nowIso(ctx));
      return input.id;
    },
    after: (id) => requireProvider(ctx, id),
    summary: (updated) => `修改承接主体：${updated.name}`,
  });
}

export function suspendProvider(ctx: ServiceContext, input: ParsedInput<'providers.suspend'>): Provider {
  return auditedChange(ctx, {
    entity: 'provider',
    action: 'suspend',
    before: () => {
      const before = requireProvider(ctx, input.id);
      if (before.status === 'suspended') throw conflict(`承接主体：「${before.name}」已经暂停合作`);
      return before;
    },
    write: () => {
      setProviderStatus(ctx.db, input.id, 'suspended', input.reason, nowIso(ctx));
      return input.id;
    },
    after: (id) => requireProvider(ctx, id),
    summary: (after) => `暂停与承接主体「${after.name}」合作：${input.reason}`,
  });
}

export function reactivateProvider(
  ctx: ServiceContext,
  input: ParsedInput<'providers.reactivate'>,
): Provider {
  return auditedChange(ctx, {
    entity: 'provider',
    action: 'restore',
    before: () => {
      const before = requireProvider(ctx, input.id);
      if (before.status === 'active') throw conflict(`承接主体：「${before.name}」未暂停合作，无须恢复`);
      return before;
    },
    write: () => {
      setProviderStatus(ctx.db, input.id, 'active', '', nowIso(ctx));
      return input.id;
    },
    after: (id) => requireProvider(ctx, id),
    summary: (after) => `恢复与承接主体「${after.name}」合作`,
  });
}

export function recordQualificationCheck(
  ctx: ServiceContext,
  input: ParsedInput<'providers.recordCheck'>,
): ProviderCard {
  return auditedChange(ctx, {
    entity: 'provider',
    action: 'check',
    before: () => {
      requireProvider(ctx, input.providerId);
      if (input.checkedOn > today(ctx))
        throw new AppError('invalid_input', '查询日期：不能晚于今天', 'checkedOn');
      return null;
    },
    write: () => {
      insertCheck(ctx.db, input, ctx.actor, nowIso(ctx));
      return input.providerId;
    },
    after: (id) => providerCard(ctx, id),
    summary: (card) =>
      `记录承接主体「${card.provider.name}」资格审查（${input.checkedOn}）：信用中国${input.creditChina === 'clear' ? '未列入' : '已列入'}，政府采购严重违法失信名单${input.procurementBlacklist === 'clear' ? '未列入' : '已列入'}`,
  });
}
