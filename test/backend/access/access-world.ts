// The access tests' world: a fresh ledger with three communities before each test, and the channels that
// carry a request through its workflow.
import { afterEach, beforeEach } from 'vitest';
import type { Community } from '../../../shared/features/register/contract';
import { type AccessAction, type AccessState } from '../../../shared/features/access/access-workflow';
import { openTestBackend, type TestBackend } from '../../fixtures/backend';
import { accessRequestInput, communityInput } from '../../fixtures/builders';

export let backend: TestBackend;
export let century: Community;
export let phoenix: Community;
export let newAsia: Community;

beforeEach(async () => {
  backend = await openTestBackend();
  century = await backend.call('communities.create', communityInput({ name: '世纪城' }));
  phoenix = await backend.call('communities.create', communityInput({ name: '凤凰山' }));
  newAsia = await backend.call('communities.create', communityInput({ name: '新亚洲体育城' }));
});
afterEach(() => backend.dispose());

export const decision = { decisionNo: '官和社领〔2026〕3号', decisionDate: '2026-03-12' };

/** Sends the channel that carries a workflow action. */
export function act(id: number, action: AccessAction) {
  switch (action) {
    case 'review':
      return backend.as('approver').send('access.review', { id, opinion: '同意报区领导小组审批' });
    case 'approve':
      return backend.as('approver').send('access.decide', { id, approved: true, ...decision });
    case 'reject':
      return backend.as('approver').send('access.decide', { id, approved: false, ...decision });
    case 'revoke':
      return backend
        .as('approver')
        .send('access.revoke', { id, date: '2026-03-14', reason: '事项已划归网格员' });
    case 'edit':
      return backend.send('access.update', { id, ...accessRequestInput([century.id]) });
    case 'withdraw':
      return backend.send('access.withdraw', { id, reason: '申请单位已另行安排' });
  }
}

/** A request brought to the given state through the channels. */
export async function requestIn(state: AccessState, communityIds = [century.id, phoenix.id]) {
  const request = await backend.call('access.submit', accessRequestInput(communityIds));
  const path: Record<AccessState, AccessAction[]> = {
    submitted: [],
    reviewed: ['review'],
    approved: ['review', 'approve'],
    rejected: ['review', 'reject'],
    revoked: ['review', 'approve', 'revoke'],
    withdrawn: ['withdraw'],
  };
  for (const action of path[state]) {
    const result = await act(request.id, action);
    if (!result.ok) throw new Error(result.error.message);
  }
  return request.id;
}
