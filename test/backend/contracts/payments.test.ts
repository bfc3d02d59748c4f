// 付款 requests through the channels: an instalment pays no more than it allows (its amount, or after its
// evaluation the amount × the grade's coefficient, less what is paid or pending), dated inside the term;
// every refusal names the field, gives the figures and leaves the file as it was.
import { describe, expect, it } from 'vitest';
import type { ChannelInput } from '../../../shared/contract';
import { defaultIndicators } from '../../../shared/features/contracts/contract';
import { fingerprint } from '../../fixtures/backend';
import {
  backend,
  evaluate,
  paid,
  paymentRequest,
  paymentRows,
  setNow,
  signedContract,
  terminated,
  useContractsWorld,
} from './contracts-world';

useContractsWorld();

async function expectRefused(
  input: ChannelInput<'contracts.requestPayment'>,
  code: string,
  message: string,
  field: string,
) {
  const before = fingerprint(backend.dbPath);
  const result = await backend.send('contracts.requestPayment', input);
  expect(result).toEqual({ ok: false, error: { code, message, field } });
  expect(fingerprint(backend.dbPath)).toBe(before);
}

describe('a payment request', () => {
  it('is numbered 付〔2026〕N号 in its year, pending until approved, and audited', async () => {
    const { contractId } = await signedContract(backend);
    const requested = await backend.call('contracts.requestPayment', paymentRequest(contractId));
    expect(requested).toMatchObject({
      contractId,
      instalmentSeq: 1,
      amountFen: 36_000_00,
      status: 'requested',
      evaluationId: null,
      reversesId: null,
      reversedById: null,
      requestedBy: '测试员',
      decidedBy: null,
      sameVoucher: [],
    });
    expect(paymentRows(contractId)).toMatchObject([{ year: 2026, paymentSeq: 1, status: 'requested' }]);
    const audit = backend.db
      .prepare("SELECT summary FROM audit_log WHERE action = 'submit' AND entity = 'contract_payment'")
      .get() as { summary: string };
    expect(audit.summary).toBe(
      '登记付款 付〔2026〕1号：合同 购〔2026〕1号「2026 年度社区老年人助餐与探访服务项目」第 1 期（首期）36,000.00 元，凭证号 记-2026-0410',
    );
  });

  it('warns of a voucher number already used, without refusing it', async () => {
    const first = await signedContract(backend);
    const second = await signedContract(backend);
    const used = await backend.call('contracts.requestPayment', paymentRequest(first.contractId));
    const again = await backend.call('contracts.requestPayment', paymentRequest(second.contractId));
    expect(again.sameVoucher).toEqual([
      {
        paymentId: used.id,
        contractNo: '购〔2026〕1号',
        contractTitle: '2026 年度社区老年人助餐与探访服务项目',
        date: '2026-04-10',
        amountFen: 36_000_00,
      },
    ]);
    const uses = await backend.call('contracts.voucherUses', { voucherNo: '记-2026-0410' });
    expect(uses.map((use) => use.paymentId)).toEqual([used.id, again.id]);
  });

  it('does not warn of a voucher number only a returned request carried', async () => {
    const { contractId } = await signedContract(backend);
    const returned = await backend.call('contracts.requestPayment', paymentRequest(contractId));
    await backend.as('approver').call('contracts.rejectPayment', { id: returned.id, reason: '金额有误' });
    const again = await backend.call('contracts.requestPayment', paymentRequest(contractId));
    expect(again.sameVoucher).toEqual([]);
  });

  it('is refused dated in a closed period of the contracts ledger', async () => {
    const { contractId } = await signedContract(backend);
    backend.db
      .prepare(
        `INSERT INTO closed_period (ledger, period_start, period_end, closed_at, closed_by)
         VALUES ('contracts', '2026-04-01', '2026-04-30', '2026-09-16T09:00:00+08:00', '张会计')`,
      )
      .run();
    await expectRefused(
      paymentRequest(contractId),
      'conflict',
      '付款日期：2026-04-10 所在的期间 2026-04-01 至 2026-04-30 已结账（张会计于 2026-09-16 结账），不能再记入该期间；请使用未结账期间的日期',
      'date',
    );
  });

  it('is refused over the instalment’s amount', async () => {
    const { contractId } = await signedContract(backend);
    await expectRefused(
      paymentRequest(contractId, { amountFen: 36_000_01 }),
      'conflict',
      '付款金额：第 1 期（首期）可付 36,000.00 元，已付 0.00 元，待审核 0.00 元，本次最多还可付 36,000.00 元',
      'amountFen',
    );
  });

  it('counts what is paid and what is pending against the instalment', async () => {
    const { contractId } = await signedContract(backend);
    await paid(contractId, { amountFen: 10_000_00 });
    await backend.call('contracts.requestPayment', paymentRequest(contractId, { amountFen: 20_000_00 }));
    await expectRefused(
      paymentRequest(contractId, { amountFen: 6_000_01 }),
      'conflict',
      '付款金额：第 1 期（首期）可付 36,000.00 元，已付 10,000.00 元，待审核 20,000.00 元，本次最多还可付 6,000.00 元',
      'amountFen',
    );
  });

  it('is refused on a draft contract', async () => {
    const { contractId } = await signedContract(backend);
    backend.db.exec(
      `DROP TRIGGER contract_keeps_record;
       UPDATE contract SET state = 'draft', contract_seq = NULL, signed_date = NULL, signed_by = NULL WHERE id = ${contractId}`,
    );
    await expectRefused(
      paymentRequest(contractId),
      'conflict',
      '付款分期：草稿的合同不能付款',
      'instalmentSeq',
    );
  });

  it('is refused for an instalment the contract does not have', async () => {
    const { contractId } = await signedContract(backend);
    await expectRefused(
      paymentRequest(contractId, { instalmentSeq: 4 }),
      'conflict',
      '付款分期：合同没有第 4 期',
      'instalmentSeq',
    );
  });
});

describe('a gated instalment', () => {
  const interim = (contractId: number, amountFen: number) =>
    paymentRequest(contractId, { instalmentSeq: 2, date: '2026-08-20', amountFen });

  it('pays nothing before its evaluation', async () => {
    const { contractId } = await signedContract(backend);
    await expectRefused(
      interim(contractId, 1_00),
      'conflict',
      '付款分期：第 2 期（中期）须中期评价合格后支付，尚未进行中期评价',
      'instalmentSeq',
    );
  });

  it('pays nothing after a failing evaluation', async () => {
    const { contractId } = await signedContract(backend);
    await evaluate(contractId, 58);
    await expectRefused(
      interim(contractId, 1_00),
      'conflict',
      '付款分期：第 2 期（中期）须中期评价合格后支付，最近一次评价 58 分（差），按付款比例 0% 不能付款',
      'instalmentSeq',
    );
  });

  it('pays it all after 良 (100 %) and cites the evaluation', async () => {
    const { contractId } = await signedContract(backend);
    const evaluation = await evaluate(contractId, 85);
    const requested = await backend.call('contracts.requestPayment', interim(contractId, 48_000_00));
    expect([requested.evaluationId, requested.coefficientPercent]).toEqual([evaluation.id, 100]);
  });

  it('pays 80 % after 中, and says so when asked for more', async () => {
    const { contractId } = await signedContract(backend);
    await evaluate(contractId, 72);
    await expectRefused(
      interim(contractId, 38_400_01),
      'conflict',
      '付款金额：第 2 期（中期）可付 38,400.00 元（48,000.00 元 × 80%），已付 0.00 元，待审核 0.00 元，本次最多还可付 38,400.00 元',
      'amountFen',
    );
    const requested = await backend.call('contracts.requestPayment', interim(contractId, 38_400_00));
    expect(requested.coefficientPercent).toBe(80);
  });

  it('keeps the coefficient its evaluation was recorded with when the table changes later', async () => {
    const { contractId } = await signedContract(backend);
    await evaluate(contractId, 85);
    await backend.as('administrator').call('contracts.saveSettings', {
      checkMaxAgeDays: 180,
      indicators: [...defaultIndicators],
      coefficients: { excellent: 100, good: 50, fair: 40, poor: 0 },
    });
    const requested = await backend.call('contracts.requestPayment', interim(contractId, 48_000_00));
    expect(requested.coefficientPercent).toBe(100);
  });

  it('follows the latest evaluation for it: a pass after a failure opens it', async () => {
    const { contractId } = await signedContract(backend);
    await evaluate(contractId, 50);
    await evaluate(contractId, 92, { evaluatedOn: '2026-08-18' });
    const requested = await backend.call('contracts.requestPayment', interim(contractId, 48_000_00));
    expect(requested.status).toBe('requested');
  });

  it('is not opened by an evaluation for another instalment', async () => {
    const { contractId } = await signedContract(backend);
    await evaluate(contractId, 95, { instalmentSeq: null });
    await expectRefused(
      interim(contractId, 1_00),
      'conflict',
      '付款分期：第 2 期（中期）须中期评价合格后支付，尚未进行中期评价',
      'instalmentSeq',
    );
  });
});

describe('the payment date', () => {
  it('is not before the contract was signed', async () => {
    const { contractId } = await signedContract(backend);
    await expectRefused(
      paymentRequest(contractId, { date: '2026-03-19' }),
      'invalid_input',
      '付款日期：应在 2026-03-20 至 2026-09-30 之间（不早于合同签订日期，不晚于今天，且在合同期限所在年度内）',
      'date',
    );
  });

  it('is not after today', async () => {
    const { contractId } = await signedContract(backend);
    await expectRefused(
      paymentRequest(contractId, { date: '2026-10-01' }),
      'invalid_input',
      '付款日期：应在 2026-03-20 至 2026-09-30 之间（不早于合同签订日期，不晚于今天，且在合同期限所在年度内）',
      'date',
    );
  });

  it('is not after the year of the term’s end', async () => {
    const { contractId } = await signedContract(backend);
    await setNow(new Date('2027-02-01T10:00:00+08:00'));
    await expectRefused(
      paymentRequest(contractId, { date: '2027-01-10' }),
      'invalid_input',
      '付款日期：应在 2026-03-20 至 2026-12-31 之间（不早于合同签订日期，不晚于今天，且在合同期限所在年度内）',
      'date',
    );
  });
});

describe('a terminated contract', () => {
  it('pays no more than its settlement over all instalments', async () => {
    const { contractId } = await signedContract(backend);
    await paid(contractId);
    await evaluate(contractId, 90);
    terminated(backend, contractId, 50_000_00);
    await expectRefused(
      paymentRequest(contractId, { instalmentSeq: 2, date: '2026-09-10', amountFen: 14_000_01 }),
      'conflict',
      '付款金额：合同已终止，终止结算金额 50,000.00 元，已付 36,000.00 元，待审核 0.00 元，本次最多还可付 14,000.00 元',
      'amountFen',
    );
    const settled = await backend.call(
      'contracts.requestPayment',
      paymentRequest(contractId, { instalmentSeq: 2, date: '2026-09-10', amountFen: 14_000_00 }),
    );
    expect(settled.status).toBe('requested');
  });
});
