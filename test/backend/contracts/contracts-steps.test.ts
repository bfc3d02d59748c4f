// A signed contract's steps through the channels: starting, amending (a new version naming the fields it
// changes), completing after the final evaluation and terminating with a settlement between paid and price.
import { beforeEach, describe, expect, it } from 'vitest';
import type { ChannelInput, ChannelOutput } from '../../../shared/contract';
import { fingerprint } from '../../fixtures/backend';
import { contractInput, scoresFor } from '../../fixtures/contracts';
import { addApprover } from '../../fixtures/separation';
import {
  backend,
  count,
  providerId,
  setNow,
  shijicheng,
  signed,
  wangjiang,
  yuan,
} from './contract-steps-world';

type Detail = ChannelOutput<'contracts.sign'>;
let contract: Detail;

beforeEach(async () => {
  contract = await signed();
  await setNow('2026-05-10');
});

async function refusedUnchanged(
  send: () => Promise<{ ok: boolean; error?: { message: string } }>,
  message: string,
): Promise<void> {
  const before = fingerprint(backend.dbPath);
  const result = await send();
  expect(result.ok).toBe(false);
  expect(result.error?.message).toBe(message);
  expect(fingerprint(backend.dbPath)).toBe(before);
}

/** A payment recorded as H2's approval would leave it (status paid or requested). */
function payment(seq: number, amountFen: number, status: 'paid' | 'requested' = 'paid') {
  const next = (backend.db.prepare('SELECT count(*) + 1 AS n FROM contract_payment').get() as { n: number })
    .n;
  const decided = status === 'paid' ? ['审核员', '2026-05-01T10:00:00'] : [null, null];
  backend.db
    .prepare(
      `INSERT INTO contract_payment (contract_id, instalment_seq, payment_year, payment_seq, date, amount_fen,
         voucher_no, status, requested_by, requested_at, decided_by, decided_at)
       VALUES (?, ?, 2026, ?, '2026-05-01', ?, '记-2026-0501', ?, '测试员', '2026-05-01T09:00:00', ?, ?)`,
    )
    .run(contract.id, seq, next, amountFen, status, ...decided);
}

/** The final evaluation (92 分, 优) for the last instalment, recorded by 经办人 测试员. */
async function finalEvaluation(contractId = contract.id) {
  await backend.call('contracts.evaluate', {
    contractId,
    kind: 'final',
    instalmentSeq: 3,
    evaluatedOn: '2026-05-05',
    evaluators: '街道评审小组',
    conclusion: '完成合同约定',
    scores: scoresFor(92),
  });
}

function amendment(
  overrides: Partial<ChannelInput<'contracts.amend'>> = {},
): ChannelInput<'contracts.amend'> {
  const { year: _year, communityId: _c, providerId: _p, ...terms } = contractInput(shijicheng, providerId);
  return {
    id: contract.id,
    amendedDate: '2026-05-08',
    reason: '服务对象增加，调整分期',
    ...terms,
    ...overrides,
  };
}

const instalments = (first: number, second: number, third: number) => [
  { label: '首期', amountFen: first, plannedDate: '2026-04-10', gate: 'none' as const },
  { label: '中期', amountFen: second, plannedDate: '2026-08-15', gate: 'interim' as const },
  { label: '尾款', amountFen: third, plannedDate: '2027-01-15', gate: 'final' as const },
];

const approver = () => backend.as('approver');

describe('contracts.start', () => {
  it('starts a signed contract, dated between the signing and today', async () => {
    await refusedUnchanged(
      () => backend.send('contracts.start', { id: contract.id, date: '2026-05-11' }),
      '开始履行日期：不能晚于今天',
    );
    await refusedUnchanged(
      () => backend.send('contracts.start', { id: contract.id, date: '2026-03-14' }),
      '开始履行日期：不能早于签订日期（2026-03-15）',
    );
    const started = await backend.call('contracts.start', { id: contract.id, date: '2026-04-01' });
    expect(started).toMatchObject({ state: 'performing', startedDate: '2026-04-01' });
    await refusedUnchanged(
      () => backend.send('contracts.start', { id: contract.id, date: '2026-04-01' }),
      '履行中的合同不能开始履行',
    );
  });
});

describe('contracts.amend', () => {
  it('adds version 2 with the changed fields, keeping version 1 as signed', async () => {
    const amended = await approver().call(
      'contracts.amend',
      amendment({
        content: '增加助餐配送点一处。',
        instalments: instalments(yuan(36_000), yuan(58_000), yuan(26_000)),
      }),
    );
    expect(amended.versions.map((v) => v.version)).toEqual([1, 2]);
    expect(amended.versions[1]!.amendment).toEqual({
      date: '2026-05-08',
      reason: '服务对象增加，调整分期',
      changedFields: ['服务内容', '分期付款计划'],
    });
    expect(amended.terms.instalments.map((i) => i.amountFen)).toEqual([
      yuan(36_000),
      yuan(58_000),
      yuan(26_000),
    ]);
    expect(amended.versions[0]!.terms.content).toBe(contract.terms.content);
    expect(count("audit_log WHERE entity = 'contract' AND action = 'amend'")).toBe(1);
  });

  it('refuses an amendment that changes nothing, and one dated before the signing or after today', async () => {
    await refusedUnchanged(
      () => approver().send('contracts.amend', amendment()),
      '变更：合同内容没有任何改动，无须变更',
    );
    await refusedUnchanged(
      () => approver().send('contracts.amend', amendment({ content: '改', amendedDate: '2026-03-01' })),
      '变更日期：不能早于签订日期（2026-03-15）',
    );
    await refusedUnchanged(
      () => approver().send('contracts.amend', amendment({ content: '改', amendedDate: '2026-05-11' })),
      '变更日期：不能晚于今天',
    );
  });

  it('refuses an instalment below what is paid or pending on it, and removing one with payments', async () => {
    payment(1, yuan(30_000));
    payment(1, yuan(6_000), 'requested');
    await refusedUnchanged(
      () =>
        approver().send(
          'contracts.amend',
          amendment({ instalments: instalments(yuan(35_000), yuan(49_000), yuan(36_000)) }),
        ),
      '分期付款计划：第 1 期金额 35,000.00 元，少于已支付和待审批的 36,000.00 元',
    );
    payment(3, yuan(1_000));
    await refusedUnchanged(
      () =>
        approver().send(
          'contracts.amend',
          amendment({ instalments: instalments(yuan(36_000), yuan(84_000), 0).slice(0, 2) }),
        ),
      '分期付款计划：第 3 期已有付款 1,000.00 元，不能删除',
    );
  });

  it('refuses a price rise beyond the allocation, with the figures; lets one within it', async () => {
    const priced = (price: number) =>
      amendment({
        priceFen: price,
        costItems: [{ item: '健康讲座', quantity: 1, unit: '项', unitPriceFen: price }],
        instalments: instalments(yuan(36_000), price - yuan(72_000), yuan(36_000)),
      });
    await refusedUnchanged(
      () => approver().send('contracts.amend', priced(yuan(160_000))),
      '合同价款：2026 年政府购买服务经费 150,000.00 元，已被合同占用 0.00 元，剩余 150,000.00 元，不足以签订本合同（160,000.00 元）',
    );
    const raised = await approver().call('contracts.amend', priced(yuan(150_000)));
    expect(raised.terms.budgetYears).toEqual([{ year: 2026, amountFen: yuan(150_000) }]);
    expect(raised.versions[1]!.amendment!.changedFields).toEqual([
      '合同价款',
      '成本测算',
      '分期付款计划',
      '分年度预算',
    ]);
  });

  it('refuses amending by the approver who drafted it (制单与审核分离), not by another', async () => {
    const own = await approver().call(
      'contracts.create',
      contractInput(wangjiang, providerId, { title: '审核员起草的' }),
    );
    const second = await addApprover(backend);
    await second.call('contracts.sign', { id: own.id, signedDate: '2026-03-31' });
    await refusedUnchanged(
      () =>
        approver().send('contracts.amend', amendment({ id: own.id, title: '审核员起草的', content: '改' })),
      '变更合同「审核员起草的」：审核员编制或修改过这份记录，须由另一位审核人审核（制单与审核分离）。单位只有一人时，可由管理员在「单位设置」中开启一人岗。',
    );
    const amended = await second.call(
      'contracts.amend',
      amendment({ id: own.id, title: '审核员起草的', content: '改' }),
    );
    expect(amended.versions[1]!.amendment!.changedFields).toEqual(['服务内容']);
    const waiting = await backend.call('contracts.create', contractInput(wangjiang, providerId));
    await refusedUnchanged(
      () => second.send('contracts.amend', amendment({ id: waiting.id, content: '改' })),
      '草稿的合同不能变更',
    );
  });
});

describe('contracts.complete', () => {
  it('needs a recorded final evaluation, then completes dated from the start to today', async () => {
    await refusedUnchanged(
      () => approver().send('contracts.complete', { id: contract.id, date: '2026-05-10' }),
      '验收完成：须先记录终期绩效评价',
    );
    await finalEvaluation();
    await refusedUnchanged(
      () => approver().send('contracts.complete', { id: contract.id, date: '2026-03-31' }),
      '验收日期：不能早于服务开始日期（2026-04-01）',
    );
    const done = await approver().call('contracts.complete', { id: contract.id, date: '2026-05-10' });
    expect(done).toMatchObject({ state: 'completed', completedDate: '2026-05-10' });
    await refusedUnchanged(
      () => approver().send('contracts.amend', amendment({ content: '改' })),
      '已完成的合同不能变更',
    );
  });
});

describe('completing and terminating are approvals', () => {
  it('refuses the approver who drafted the contract (制单与审核分离), and lets another', async () => {
    const own = await approver().call(
      'contracts.create',
      contractInput(wangjiang, providerId, { title: '审核员起草的' }),
    );
    const second = await addApprover(backend);
    await second.call('contracts.sign', { id: own.id, signedDate: '2026-03-31' });
    const separation = (step: string) =>
      `${step}合同「审核员起草的」：审核员编制或修改过这份记录，须由另一位审核人审核（制单与审核分离）。单位只有一人时，可由管理员在「单位设置」中开启一人岗。`;
    await refusedUnchanged(
      () =>
        approver().send('contracts.terminate', {
          id: own.id,
          date: '2026-05-10',
          reason: '承接主体无法继续履约',
          settlementFen: 0,
        }),
      separation('终止'),
    );
    await finalEvaluation(own.id);
    await refusedUnchanged(
      () => approver().send('contracts.complete', { id: own.id, date: '2026-05-10' }),
      separation('验收'),
    );
    expect(await second.call('contracts.complete', { id: own.id, date: '2026-05-10' })).toMatchObject({
      state: 'completed',
    });
  });
});

describe('contracts.terminate', () => {
  const terminate = (settlementFen: number) =>
    approver().send('contracts.terminate', {
      id: contract.id,
      date: '2026-05-10',
      reason: '承接主体无法继续履约',
      settlementFen,
    });

  it('refuses a settlement below what is paid or above the price', async () => {
    payment(1, yuan(36_000));
    await refusedUnchanged(
      () => terminate(yuan(35_000)),
      '最终结算金额：35,000.00 元少于已支付的 36,000.00 元',
    );
    await refusedUnchanged(
      () => terminate(yuan(120_001)),
      '最终结算金额：120,001.00 元超过合同价款 120,000.00 元',
    );
  });

  it('terminates: the settlement becomes what the contract commits', async () => {
    payment(1, yuan(36_000));
    const ended = await terminate(yuan(50_000));
    expect(ended.ok).toBe(true);
    const detail = await backend.call('contracts.get', { id: contract.id });
    expect(detail.termination).toEqual({
      date: '2026-05-10',
      reason: '承接主体无法继续履约',
      settlementFen: yuan(50_000),
      by: '审核员',
    });
    expect(detail.totals).toEqual({
      priceFen: yuan(120_000),
      committedFen: yuan(50_000),
      paidFen: yuan(36_000),
      pendingFen: 0,
      remainingFen: yuan(14_000),
    });
    const [budget] = await backend.call('contracts.budget', { year: 2026, communityId: shijicheng });
    expect(budget).toMatchObject({
      committedFen: yuan(50_000),
      remainingFen: yuan(100_000),
      paidFen: yuan(36_000),
    });
    await refusedUnchanged(() => terminate(yuan(50_000)), '已终止的合同不能终止');
  });
});
