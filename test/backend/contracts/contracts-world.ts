// The money tests' world: a community, a provider and a SIGNED contract (购〔2026〕N号, signed
// 2026-03-20, contractInput's 120,000.00 元 in three instalments none / interim / final), made by direct
// SQL on the test backend's own file while the contract steps are built elsewhere. At integration the body
// of signedContract becomes contracts.create + contracts.sign; the tests call only channels and it.
import { afterEach, beforeEach } from 'vitest';
import type { ChannelInput } from '../../../shared/contract';
import type { UserRole } from '../../../shared/contract/roles';
import { contractInput, providerInput, scoresFor, validUscc } from '../../fixtures/contracts';
import { communityInput } from '../../fixtures/builders';
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

export async function signedContract(on: TestBackend, overrides: Overrides = {}): Promise<SignedContract> {
  const { signedDate = '2026-03-20', communityId: givenCommunity, ...terms } = overrides;
  const communityId = givenCommunity ?? (await on.call('communities.create', communityInput())).id;
  providers += 1;
  const providerId = insertProvider(on, providers);
  const input = contractInput(communityId, providerId, terms);
  const db = on.db;
  const at = '2026-03-20T10:00:00+08:00';
  const write = db.transaction(() => {
    const seq = (
      db
        .prepare('SELECT coalesce(max(contract_seq), 0) + 1 AS n FROM contract WHERE year = ?')
        .get(input.year) as {
        n: number;
      }
    ).n;
    const contractId = Number(
      db
        .prepare(
          `INSERT INTO contract (year, contract_seq, community_id, provider_id, state, signed_date, signed_by,
             created_by, created_at) VALUES (?, ?, ?, ?, 'draft', NULL, NULL, '测试员', ?)`,
        )
        .run(input.year, null, communityId, providerId, at).lastInsertRowid,
    );
    insertTerms(on, contractId, input);
    db.prepare(
      `UPDATE contract SET state = 'signed', contract_seq = ?, signed_date = ?, signed_by = '审核员' WHERE id = ?`,
    ).run(seq, signedDate, contractId);
    db.prepare(
      `INSERT INTO audit_log (at, actor, user_id, action, entity, entity_id, summary)
       VALUES (?, '审核员', NULL, 'sign', 'contract', ?, ?)`,
    ).run(at, contractId, `签订合同 购〔${input.year}〕${seq}号`);
    return contractId;
  });
  return { contractId: write(), communityId, providerId };
}

function insertProvider(on: TestBackend, n: number): number {
  const p = providerInput({ name: `测试社会工作服务中心${n}`, uscc: validUscc(n) });
  return Number(
    on.db
      .prepare(
        `INSERT INTO provider (name, kind, uscc, id_number, registration_authority, legal_representative,
           contact_person, contact_phone, bank_name, bank_account, created_at, updated_at)
         VALUES (?, ?, ?, '', ?, ?, ?, ?, ?, ?, '2026-03-01T09:00:00+08:00', '2026-03-01T09:00:00+08:00')`,
      )
      .run(
        p.name,
        p.kind,
        p.uscc,
        p.registrationAuthority,
        p.legalRepresentative,
        p.contactPerson,
        p.contactPhone,
        p.bankName,
        p.bankAccount,
      ).lastInsertRowid,
  );
}

function insertTerms(on: TestBackend, contractId: number, input: ReturnType<typeof contractInput>): void {
  const db = on.db;
  db.prepare(
    `INSERT INTO contract_version (contract_id, version, title, content, start_date, end_date, quantity,
       quality_standard, price_fen, settlement_method, rights_and_duties, breach_liability, procurement_method,
       procurement_note, created_by, created_at)
     VALUES (?, 1, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, '测试员', '2026-03-20T10:00:00+08:00')`,
  ).run(
    contractId,
    input.title,
    input.content,
    input.startDate,
    input.endDate,
    input.quantity,
    input.qualityStandard,
    input.priceFen,
    input.settlementMethod,
    input.rightsAndDuties,
    input.breachLiability,
    input.procurementMethod,
    input.procurementNote,
  );
  const cost = db.prepare(
    `INSERT INTO contract_cost_item (contract_id, version, position, item, quantity, unit, unit_price_fen)
     VALUES (?, 1, ?, ?, ?, ?, ?)`,
  );
  input.costItems.forEach((item, i) =>
    cost.run(contractId, i + 1, item.item, item.quantity, item.unit, item.unitPriceFen),
  );
  const instalment = db.prepare(
    `INSERT INTO contract_instalment (contract_id, version, seq, label, amount_fen, planned_date, gate)
     VALUES (?, 1, ?, ?, ?, ?, ?)`,
  );
  input.instalments.forEach((item, i) =>
    instalment.run(contractId, i + 1, item.label, item.amountFen, item.plannedDate, item.gate),
  );
  const budgetYears =
    input.budgetYears && input.budgetYears.length > 0
      ? input.budgetYears
      : [{ year: input.year, amountFen: input.priceFen }];
  const budget = db.prepare(
    'INSERT INTO contract_budget_year (contract_id, version, year, amount_fen) VALUES (?, 1, ?, ?)',
  );
  for (const row of budgetYears) budget.run(contractId, row.year, row.amountFen);
}

/** Terminates the contract with a settlement, as contracts.terminate will (by SQL until it is built). */
export function terminated(on: TestBackend, contractId: number, settlementFen: number): void {
  on.db
    .prepare(
      `UPDATE contract SET state = 'terminated', terminated_date = '2026-09-01', termination_reason = '服务对象搬迁',
         settlement_fen = ?, terminated_by = '审核员' WHERE id = ?`,
    )
    .run(settlementFen, contractId);
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
