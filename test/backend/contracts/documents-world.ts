// The documents' world through the channels: 世纪城's 2026 funding approved on 2026-03-15, a provider
// checked, a contract of 120,000.00 元 drafted by 测试员 and signed by 审核员, then in September: started,
// its first instalment requested and approved, the interim evaluation recorded (86.5 分, 良) and the
// interim instalment requested (pending). Needs the contracts services: passes once they are integrated.
import { afterAll, beforeAll } from 'vitest';
import type { Evaluation, Payment } from '../../../shared/features/contracts/contract';
import { fixedNow, openTestBackend, type TestBackend } from '../../fixtures/backend';
import { officeSettingsInput } from '../../fixtures/builders';
import { communityWithApprovedYear, contractInput, providerInput, scoresFor } from '../../fixtures/contracts';

export const world = {} as {
  backend: TestBackend;
  contractId: number;
  paid: Payment;
  pending: Payment;
  evaluation: Evaluation;
};

let now = fixedNow;

beforeAll(async () => {
  const backend = await openTestBackend({ clock: () => now });
  world.backend = backend;
  await backend.as('administrator').call('office.update', officeSettingsInput());
  const communityId = await communityWithApprovedYear(backend);
  const provider = await backend.call('providers.create', providerInput());
  await backend.call('providers.recordCheck', {
    providerId: provider.id,
    checkedOn: '2026-03-10',
    checkedBy: '测试员',
    creditChina: 'clear',
    procurementBlacklist: 'clear',
    declarationReceived: true,
    note: '',
  });
  const draft = await backend.call('contracts.create', contractInput(communityId, provider.id));
  world.contractId = draft.id;
  await backend.as('approver').call('contracts.sign', { id: draft.id, signedDate: '2026-03-15' });

  now = new Date('2026-09-30T10:00:00+08:00');
  await backend.signInAgain();
  await backend.call('contracts.start', { id: draft.id, date: '2026-04-01' });
  const requested = await backend.call('contracts.requestPayment', {
    contractId: draft.id,
    instalmentSeq: 1,
    date: '2026-04-10',
    amountFen: 36_000_00,
    voucherNo: '记-0410',
    note: '首期款',
  });
  world.paid = await backend.as('approver').call('contracts.approvePayment', { id: requested.id });
  world.evaluation = await backend.call('contracts.evaluate', {
    contractId: draft.id,
    kind: 'interim',
    instalmentSeq: 2,
    evaluatedOn: '2026-08-10',
    evaluators: '王芳、李强',
    conclusion: '服务按计划推进，台账完整。',
    scores: scoresFor(86.5),
  });
  world.pending = await backend.call('contracts.requestPayment', {
    contractId: draft.id,
    instalmentSeq: 2,
    date: '2026-09-30',
    amountFen: 48_000_00,
    voucherNo: '记-0930',
    note: '中期款',
  });
}, 120_000);
afterAll(() => world.backend?.dispose());
