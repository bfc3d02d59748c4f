// A payment's decision and reversal through the channels: approved (posted) by a 审核人 who did not
// request it, re-checked against what the instalment allows now, refused in a closed period; returned
// with a reason; reversed by a negative row, after which the instalment can be paid again.
import { describe, expect, it } from 'vitest';
import { fingerprint } from '../../fixtures/backend';
import { addApprover, separationRefusal } from '../../fixtures/separation';
import {
  backend,
  evaluate,
  paid,
  paymentRequest,
  paymentRows,
  signedContract,
  useContractsWorld,
} from './contracts-world';

useContractsWorld();

const request = (contractId: number, overrides = {}) =>
  backend.call('contracts.requestPayment', paymentRequest(contractId, overrides));

async function expectUnchanged(send: () => Promise<unknown>, error: Record<string, unknown>) {
  const before = fingerprint(backend.dbPath);
  expect(await send()).toEqual({ ok: false, error });
  expect(fingerprint(backend.dbPath)).toBe(before);
}

function closePeriod(start: string, end: string): void {
  backend.db
    .prepare(
      `INSERT INTO closed_period (ledger, period_start, period_end, closed_at, closed_by)
       VALUES ('contracts', ?, ?, '2026-09-16T09:00:00+08:00', '张会计')`,
    )
    .run(start, end);
}

describe('approving a payment', () => {
  it('posts it by 审核员, starts the signed contract and records the signature and audit', async () => {
    const { contractId } = await signedContract(backend);
    const requested = await request(contractId);
    const approved = await backend.as('approver').call('contracts.approvePayment', { id: requested.id });
    expect(approved).toMatchObject({ status: 'paid', decidedBy: '审核员', amountFen: 36_000_00 });
    expect(
      backend.db.prepare('SELECT state, started_date AS d FROM contract WHERE id = ?').get(contractId),
    ).toEqual({
      state: 'performing',
      d: '2026-04-10',
    });
    const signature = backend.db
      .prepare("SELECT step FROM record_approval WHERE record = 'contract_payment' AND record_id = ?")
      .all(requested.id);
    expect(signature).toEqual([{ step: 'approve' }]);
    const audit = backend.db
      .prepare(
        "SELECT actor, summary FROM audit_log WHERE action = 'approve' AND entity = 'contract_payment'",
      )
      .get() as { actor: string; summary: string };
    expect(audit.actor).toBe('审核员');
    expect(audit.summary).toContain('审核通过付款 付〔2026〕1号');
  });

  it('is refused to the 审核人 who requested it, and done by another (制单与审核分离)', async () => {
    const { contractId } = await signedContract(backend);
    const requested = await backend
      .as('approver')
      .call('contracts.requestPayment', paymentRequest(contractId));
    await expectUnchanged(
      () => backend.as('approver').send('contracts.approvePayment', { id: requested.id }),
      { code: 'conflict', message: separationRefusal('审核付款 付〔2026〕1号', '审核员') },
    );
    const other = await addApprover(backend);
    const approved = await other.call('contracts.approvePayment', { id: requested.id });
    expect(approved.decidedBy).toBe('王建国');
  });

  it('is not done by 经办人', async () => {
    const { contractId } = await signedContract(backend);
    const requested = await request(contractId);
    const result = await backend.send('contracts.approvePayment', { id: requested.id });
    expect(result).toMatchObject({ ok: false, error: { code: 'forbidden' } });
  });

  it('re-checks the allowance: a later 中 leaves 80 % and refuses the full amount', async () => {
    const { contractId } = await signedContract(backend);
    await evaluate(contractId, 85);
    const requested = await request(contractId, {
      instalmentSeq: 2,
      date: '2026-08-20',
      amountFen: 48_000_00,
    });
    await evaluate(contractId, 70, { evaluatedOn: '2026-08-25' });
    await expectUnchanged(
      () => backend.as('approver').send('contracts.approvePayment', { id: requested.id }),
      {
        code: 'conflict',
        field: 'amountFen',
        message:
          '付款金额：第 2 期（中期）可付 38,400.00 元（48,000.00 元 × 80%），已付 0.00 元，待审核 0.00 元，本次最多还可付 38,400.00 元',
      },
    );
  });

  it('is refused in a closed period of the contracts ledger', async () => {
    const { contractId } = await signedContract(backend);
    const requested = await request(contractId);
    closePeriod('2026-04-01', '2026-04-30');
    await expectUnchanged(
      () => backend.as('approver').send('contracts.approvePayment', { id: requested.id }),
      {
        code: 'conflict',
        field: 'date',
        message:
          '付款日期：2026-04-10 所在的期间 2026-04-01 至 2026-04-30 已结账（张会计于 2026-09-16 结账），不能再记入该期间；请使用未结账期间的日期',
      },
    );
  });

  it('is done once', async () => {
    const { contractId } = await signedContract(backend);
    const approved = await paid(contractId);
    await expectUnchanged(
      () => backend.as('approver').send('contracts.approvePayment', { id: approved.id }),
      { code: 'conflict', message: '付款记录：付〔2026〕1号 已审核通过，不能再审核' },
    );
  });
});

describe('returning a payment', () => {
  it('records the reason and who, and frees what it held of the instalment', async () => {
    const { contractId } = await signedContract(backend);
    const requested = await request(contractId);
    const returned = await backend
      .as('approver')
      .call('contracts.rejectPayment', { id: requested.id, reason: '凭证附件不全' });
    expect(returned).toMatchObject({
      status: 'rejected',
      rejectedReason: '凭证附件不全',
      decidedBy: '审核员',
    });
    const audit = backend.db
      .prepare("SELECT summary FROM audit_log WHERE action = 'reject' AND entity = 'contract_payment'")
      .get() as { summary: string };
    expect(audit.summary).toBe(
      '退回付款 付〔2026〕1号（合同 购〔2026〕1号，36,000.00 元），理由：凭证附件不全',
    );
    const again = await request(contractId);
    expect(again.status).toBe('requested');
  });

  it('is refused once decided', async () => {
    const { contractId } = await signedContract(backend);
    const requested = await request(contractId);
    await backend.as('approver').call('contracts.rejectPayment', { id: requested.id, reason: '金额有误' });
    await expectUnchanged(
      () => backend.as('approver').send('contracts.rejectPayment', { id: requested.id, reason: '再次退回' }),
      { code: 'conflict', message: '付款记录：付〔2026〕1号 已退回，不能再退回' },
    );
  });
});

describe('reversing a payment', () => {
  const reversal = (id: number) => ({
    id,
    date: '2026-05-06',
    voucherNo: '记-2026-0506',
    reason: '收款账户有误',
  });

  it('posts a negative row with its own number; the instalment can then be paid again', async () => {
    const { contractId } = await signedContract(backend);
    const original = await paid(contractId);
    const reversed = await backend.call('contracts.reversePayment', reversal(original.id));
    expect(reversed).toMatchObject({ amountFen: -36_000_00, status: 'paid', reversesId: original.id });
    expect(paymentRows(contractId).map((row) => [row.paymentSeq, row.amountFen, row.reversesId])).toEqual([
      [1, 36_000_00, null],
      [2, -36_000_00, original.id],
    ]);
    const audit = backend.db
      .prepare("SELECT summary FROM audit_log WHERE action = 'reverse' AND entity = 'contract_payment'")
      .get() as { summary: string };
    expect(audit.summary).toBe(
      '冲销付款 付〔2026〕1号（合同 购〔2026〕1号，36,000.00 元），凭证号 记-2026-0506，理由：收款账户有误',
    );
    const repaid = await paid(contractId, { date: '2026-05-08', voucherNo: '记-2026-0508' });
    expect(repaid.status).toBe('paid');
  });

  it('is refused a second time', async () => {
    const { contractId } = await signedContract(backend);
    const original = await paid(contractId);
    await backend.call('contracts.reversePayment', reversal(original.id));
    await expectUnchanged(() => backend.send('contracts.reversePayment', reversal(original.id)), {
      code: 'conflict',
      message: `付款记录 #${original.id} 已经冲销过`,
    });
  });

  it('is refused for a payment still awaiting its approval', async () => {
    const { contractId } = await signedContract(backend);
    const requested = await request(contractId);
    await expectUnchanged(() => backend.send('contracts.reversePayment', reversal(requested.id)), {
      code: 'conflict',
      message: '付款记录：付〔2026〕1号 尚未审核通过，待审核的付款由审核人退回，不需冲销',
    });
  });

  it('is refused dated before the original', async () => {
    const { contractId } = await signedContract(backend);
    const original = await paid(contractId);
    await expectUnchanged(
      () => backend.send('contracts.reversePayment', { ...reversal(original.id), date: '2026-04-09' }),
      {
        code: 'invalid_input',
        field: 'date',
        message: '冲销日期：应在 2026-04-10 至 2026-09-30 之间（不早于原付款日期，不晚于今天）',
      },
    );
  });
});
