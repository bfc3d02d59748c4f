// The contracts' figures (issue: 2,000 contracts with 8,000 instalments, 4,000 evaluations and 6,000
// payments): the register workbook, one filtered page of the list, and one payment posted, each beside
// the same work done by the raw library in the same run (exceljs writing the same rows; a bare
// better-sqlite3 select and insert), printed as a ratio. The seed is written straight into the real
// schema in one transaction (it is not what is measured); the measured calls go through the dispatcher.
import ExcelJS from 'exceljs';
import { openTestBackend, type TestBackend } from '../fixtures/backend';
import { validUscc } from '../fixtures/contracts';
import { profileInput } from '../fixtures/builders';

const year = 2026;
const communities = 50;
const contractsPerCommunity = 40;
const runs = 20;

async function msEach(run: (index: number) => Promise<unknown> | unknown): Promise<number> {
  const started = process.hrtime.bigint();
  for (let index = 0; index < runs; index += 1) await run(index);
  return Number(process.hrtime.bigint() - started) / 1e6 / runs;
}

/** 50 communities with an approved 2026 (their purchased-services lines commit the contracts). */
async function approvedCommunities(backend: TestBackend): Promise<number[]> {
  const ids: number[] = [];
  for (let index = 1; index <= communities; index += 1) {
    const community = await backend.call('communities.create', {
      name: `合同基准社区${index}`,
      code: '',
      address: '',
      floorAreaM2: 800,
      isPilot: false,
    });
    const courtyard = await backend.call('courtyards.create', {
      communityId: community.id,
      name: '物管院',
      type: 'property_managed',
    });
    await backend.call(
      'profiles.save',
      profileInput(community.id, {
        year,
        totalHouseholds: 12_000,
        courtyardHouseholds: [{ courtyardId: courtyard.id, households: 12_000 }],
      }),
    );
    ids.push(community.id);
  }
  await backend.call('funding.compute', { year });
  for (const communityId of ids)
    await backend.call('funding.setPartyBuilding', {
      year,
      communityId,
      amountFen: 20_000_00,
      organisations: '社区党委',
    });
  await backend.as('approver').call('funding.approve', { year });
  return ids;
}

const now = '2026-06-30T10:00:00+08:00';

/** 2,000 signed contracts of 8,000.00 元 in four ungated-or-gated instalments, two evaluations, three payments. */
function seedContracts(backend: TestBackend, communityIds: number[]): void {
  const db = backend.db;
  const insert = {
    provider: db.prepare(
      `INSERT INTO provider (name, kind, uscc, legal_representative, contact_person, contact_phone, bank_name,
         bank_account, created_at, updated_at)
       VALUES (?, 'social_organisation', ?, '刘芳', '陈静', '028-86001234', '建设银行', '5105 0144 6108', ?, ?)`,
    ),
    contract: db.prepare(
      `INSERT INTO contract (year, contract_seq, community_id, provider_id, state, signed_date, signed_by,
         started_date, created_by, created_at)
       VALUES (?, ?, ?, ?, 'performing', '2026-03-20', '审核员', '2026-04-01', '测试员', ?)`,
    ),
    version: db.prepare(
      `INSERT INTO contract_version (contract_id, version, title, content, start_date, end_date, quantity,
         quality_standard, price_fen, settlement_method, rights_and_duties, breach_liability,
         procurement_method, created_by, created_at)
       VALUES (?, 1, ?, '社区服务', '2026-04-01', '2026-12-31', '20 场', '满意度 90%', 800000, '分四期',
         '按约履行', '按约扣减', 'commission', '测试员', ?)`,
    ),
    cost: db.prepare(
      `INSERT INTO contract_cost_item (contract_id, version, position, item, quantity, unit, unit_price_fen)
       VALUES (?, 1, 1, '社区服务活动', 20, '场', 40000)`,
    ),
    instalment: db.prepare(
      `INSERT INTO contract_instalment (contract_id, version, seq, label, amount_fen, planned_date, gate)
       VALUES (?, 1, ?, ?, 200000, '2026-06-01', ?)`,
    ),
    budget: db.prepare(
      `INSERT INTO contract_budget_year (contract_id, version, year, amount_fen) VALUES (?, 1, ?, 800000)`,
    ),
    evaluation: db.prepare(
      `INSERT INTO contract_evaluation (contract_id, kind, instalment_seq, evaluated_on, evaluators, conclusion,
         total_tenths, grade, coefficient_percent, recorded_by, recorded_at)
       VALUES (?, 'interim', ?, '2026-06-01', '评价小组', '合格', 880, 'good', 100, '测试员', ?)`,
    ),
    score: db.prepare(
      `INSERT INTO contract_evaluation_score (evaluation_id, position, indicator, weight, score_tenths)
       VALUES (?, ?, ?, ?, ?)`,
    ),
    payment: db.prepare(
      `INSERT INTO contract_payment (contract_id, instalment_seq, payment_year, payment_seq, date, amount_fen,
         voucher_no, status, evaluation_id, coefficient_percent, requested_by, requested_at, decided_by, decided_at)
       VALUES (?, ?, 2026, ?, '2026-06-10', 200000, ?, 'paid', ?, ?, '测试员', ?, '审核员', ?)`,
    ),
  };
  const template = [
    ['前期准备', 20, 180],
    ['实施过程', 30, 260],
    ['绩效表现', 30, 260],
    ['满意度', 20, 180],
  ] as const;
  db.transaction(() => {
    const providerIds = Array.from({ length: 100 }, (_, i) =>
      Number(insert.provider.run(`基准社会工作服务中心${i + 1}`, validUscc(i + 1), now, now).lastInsertRowid),
    );
    let seq = 0;
    let paymentSeq = 0;
    for (const communityId of communityIds) {
      for (let n = 0; n < contractsPerCommunity; n += 1) {
        seq += 1;
        const id = Number(
          insert.contract.run(year, seq, communityId, providerIds[seq % 100], now).lastInsertRowid,
        );
        insert.version.run(id, `基准合同 ${seq}`, now);
        insert.cost.run(id);
        insert.budget.run(id, year);
        // Instalments 2 and 3 are gated by the two evaluations; 4 is ungated and left unpaid.
        const gates = ['none', 'interim', 'interim', 'none'];
        gates.forEach((gate, i) => insert.instalment.run(id, i + 1, `第 ${i + 1} 期`, gate));
        const evaluations = [2, 3].map((instalmentSeq) => {
          const evaluationId = Number(insert.evaluation.run(id, instalmentSeq, now).lastInsertRowid);
          template.forEach(([name, weight, score], i) =>
            insert.score.run(evaluationId, i + 1, name, weight, score),
          );
          return evaluationId;
        });
        [1, 2, 3].forEach((instalmentSeq) => {
          paymentSeq += 1;
          const evaluationId = instalmentSeq === 1 ? null : evaluations[instalmentSeq - 2]!;
          insert.payment.run(
            id,
            instalmentSeq,
            paymentSeq,
            `记-${paymentSeq}`,
            evaluationId,
            evaluationId === null ? null : 100,
            now,
            now,
          );
        });
      }
    }
  })();
}

/** The register's rows written by exceljs alone: the floor our workbook is measured against. */
async function rawRegister(backend: TestBackend): Promise<number> {
  const rows = backend.db
    .prepare(
      `SELECT c.id, c.contract_seq, v.title, p.name, p.uscc, m.name AS community, v.start_date, v.end_date,
         v.price_fen, (SELECT sum(amount_fen) FROM contract_payment WHERE contract_id = c.id AND status = 'paid') AS paid
       FROM contract c JOIN contract_version v ON v.contract_id = c.id AND v.version = c.current_version
       JOIN provider p ON p.id = c.provider_id JOIN community m ON m.id = c.community_id WHERE c.year = ?`,
    )
    .all(year) as Record<string, string | number>[];
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('合同台账');
  for (const row of rows) sheet.addRow(Object.values(row));
  return (await workbook.xlsx.writeBuffer()).byteLength;
}

const line = (ms: number, what: string) => console.log(`${ms.toFixed(1).padStart(9)} ms  ${what}`);
const ratio = (ours: number, raw: number) => `${(ours / raw).toFixed(1)}×`;

export async function benchContracts(): Promise<void> {
  console.log('\ncontracts: 2,000 contracts, 8,000 instalments, 4,000 evaluations, 6,000 payments');
  const backend = await openTestBackend({ clock: () => new Date(now) });
  try {
    // The register is headed with the office's name.
    await backend
      .as('administrator')
      .call('office.update', { officeName: '基准测试街道办事处', district: '官渡区' });
    const communityIds = await approvedCommunities(backend);
    seedContracts(backend, communityIds);
    const register = await msEach(async () => backend.call('contracts.register', { year }));
    const raw = await msEach(() => rawRegister(backend));
    line(
      register,
      `contracts.register: 2,000-row 合同台账 xlsx (target < 2 s); raw exceljs ${raw.toFixed(1)} ms, ${ratio(register, raw)}`,
    );

    const filter = {
      year,
      communityId: communityIds[7]!,
      state: 'performing' as const,
      page: 1,
      pageSize: 20,
    };
    const page = await msEach(() => backend.call('contracts.list', filter));
    const select = backend.db.prepare(
      `SELECT c.*, v.title, v.price_fen FROM contract c
       JOIN contract_version v ON v.contract_id = c.id AND v.version = c.current_version
       WHERE c.year = ? AND c.community_id = ? AND c.state = 'performing' ORDER BY c.contract_seq LIMIT 20`,
    );
    const rawPage = await msEach(() => select.all(year, communityIds[7]));
    line(
      page,
      `contracts.list: one filtered page of 20 with totals (target < 100 ms); raw select ${rawPage.toFixed(2)} ms, ${ratio(page, rawPage)}`,
    );

    const approver = backend.as('approver');
    const requested: number[] = [];
    const request = await msEach(async (index) => {
      const payment = await backend.call('contracts.requestPayment', {
        contractId: index + 1,
        instalmentSeq: 4,
        date: '2026-06-30',
        amountFen: 2_000_00,
        voucherNo: `记-基准-${index}`,
        note: '',
      });
      requested.push(payment.id);
    });
    const approve = await msEach((index) =>
      approver.call('contracts.approvePayment', { id: requested[index]! }),
    );
    backend.db.exec(
      'CREATE TABLE bench_payment (contract_id INTEGER, amount_fen INTEGER, voucher_no TEXT, date TEXT, at TEXT)',
    );
    const bare = backend.db.prepare('INSERT INTO bench_payment VALUES (?, ?, ?, ?, ?)');
    const rawInsert = await msEach((index) => bare.run(index, 2_000_00, `记-${index}`, '2026-06-30', now));
    line(
      request,
      `contracts.requestPayment: one payment requested (checked, numbered, audited); bare insert ${rawInsert.toFixed(2)} ms, ${ratio(request, rawInsert)}`,
    );
    line(
      approve,
      `contracts.approvePayment: one payment posted (target < 20 ms); bare insert ${rawInsert.toFixed(2)} ms, ${ratio(approve, rawInsert)}`,
    );
  } finally {
    backend.dispose();
  }
}
