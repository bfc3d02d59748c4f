// The money tests' world: 世纪城 with 2026 approved, a provider and a SIGNED contract (购〔2026〕N号,
// signed 2026-03-20, contractInput's 120,000.00 元 in three instalments none / interim / final), all made
// through the channels by the users who would make them.
import { afterEach, beforeEach } from 'vitest';
import type { ChannelInput } from '../../../shared/contract';
import type { UserRole } from '../../../shared/contract/roles';
import {
  communityWithApprovedYear,
  contractInput,
  providerInput,
  scoresFor,
  validUscc,
} from '../../fixtures/contracts';
import { openTestBackend, testPassword, testUsers, type TestBackend } from '../../fixtures/backend';

export let backend: TestBackend;
/** The backend's clock: late September 2026, inside the contract's term. */
export let now: Date;
export const september = new Date('2026-09-30T10:00:00+08:00');

/** Moves the clock; the test users sign in again at the new time (months away sign them out). */
export async function setNow(date: Date): Promise<void> {
  now = date;
  for (const role of Object.keys(testUsers) as UserRole[]) {
    await backend.as(role).call('auth.signIn', { login: testUsers[role].login, password: testPassword });
  }
}

/** A fresh backend for each test of the file, its clock at `september`. */
export function useContractsWorld(): void {
  beforeEach(async () => {
    now = september;
    backend = await openTestBackend({ clock: () => now });
  });
  afterEach(() => backend.dispose());
}

export const yuan = (value: number) => value * 100;

let providers = 0;

export interface SignedContract {
  contractId: number;
  communityId: number;
  providerId: number;
}

type Overrides = Parameters<typeof contractInput>[2] & { signedDate?: string; communityId?: number };

const fundedCommunities = new WeakMap<TestBackend, number>();

/**
 * 2026 approved for one community (about 900,000 元 of purchased-services money: room for several of
 * the fixture's contracts), made on the first contract a backend asks for.
 */
async function fundedCommunity(on: TestBackend): Promise<number> {
  const known = fundedCommunities.get(on);
  if (known !== undefined) return known;
  const communityId = await communityWithApprovedYear(on);
  fundedCommunities.set(on, communityId);
  return communityId;
}

/** A provider and the fixture's contract (overrides change it), drafted by 测试员 and signed by 审核员. */
export async function signedContract(on: TestBackend, overrides: Overrides = {}): Promise<SignedContract> {
  const { signedDate = '2026-03-20', communityId: givenCommunity, ...terms } = overrides;
  const communityId = givenCommunity ?? (await fundedCommunity(on));
  providers += 1;
  const provider = await on.call(
    'providers.create',
    providerInput({ name: `测试社会工作服务中心${providers}`, uscc: validUscc(providers) }),
  );
  const draft = await on.call('contracts.create', contractInput(communityId, provider.id, terms));
  await on.as('approver').call('contracts.sign', { id: draft.id, signedDate });
  return { contractId: draft.id, communityId, providerId: provider.id };
}

/** Terminates the contract on 2026-09-01 with a settlement, as 审核员. */
export async function terminated(on: TestBackend, contractId: number, settlementFen: number): Promise<void> {
  await on.as('approver').call('contracts.terminate', {
    id: contractId,
    date: '2026-09-01',
    reason: '服务对象搬迁',
    settlementFen,
  });
}

/** An evaluation through the channel, scored `total` points over the default template. */
export function evaluate(
  contractId: number,
  total: number,
  overrides: { kind?: 'interim' | 'final'; instalmentSeq?: number | null; evaluatedOn?: string } = {},
) {
  return backend.call('contracts.evaluate', {
    contractId,
    kind: overrides.kind ?? 'interim',
    instalmentSeq: overrides.instalmentSeq === undefined ? 2 : overrides.instalmentSeq,
    evaluatedOn: overrides.evaluatedOn ?? '2026-08-10',
    evaluators: '街道评估小组',
    conclusion: '评价结论',
    scores: scoresFor(total),
  });
}

type PaymentRequest = ChannelInput<'contracts.requestPayment'>;

/** A request on the first instalment (首期, 36,000.00 元, no evaluation needed); overrides change it. */
export const paymentRequest = (
  contractId: number,
  overrides: Partial<PaymentRequest> = {},
): PaymentRequest => ({
  contractId,
  instalmentSeq: 1,
  date: '2026-04-10',
  amountFen: 36_000_00,
  voucherNo: '记-2026-0410',
  note: '',
  ...overrides,
});

/** A payment requested by 经办人 and approved by 审核员. */
export async function paid(contractId: number, overrides: Partial<PaymentRequest> = {}) {
  const requested = await backend.call('contracts.requestPayment', paymentRequest(contractId, overrides));
  return backend.as('approver').call('contracts.approvePayment', { id: requested.id });
}

/** The payment rows as stored, for comparing before and after and reading the numbers drawn. */
export function paymentRows(contractId: number) {
  return backend.db
    .prepare(
      `SELECT id, instalment_seq AS seq, payment_year AS year, payment_seq AS paymentSeq, amount_fen AS amountFen,
         status, evaluation_id AS evaluationId, coefficient_percent AS coefficient, reverses_id AS reversesId,
         decided_by AS decidedBy
       FROM contract_payment WHERE contract_id = ? ORDER BY id`,
    )
    .all(contractId) as {
    id: number;
    seq: number;
    year: number;
    paymentSeq: number;
    amountFen: number;
    status: string;
    evaluationId: number | null;
    coefficient: number | null;
    reversesId: number | null;
    decidedBy: string | null;
  }[];
}
