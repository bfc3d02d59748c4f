// Type-level tests, checked by `npm run typecheck` (tsc), never executed. Each @ts-expect-error below
// must stay an error: if the contract stopped catching the drift, tsc would report an unused directive.
import type { Api } from '../../shared/contract';
import { backendFeatures, handlers, type Handlers } from '../../electron/backend/api/handlers';
import type { HandlersOf } from '../../electron/backend/core/handler';
import { fundingHandlers } from '../../electron/backend/funding/handlers';
import type { fundingChannels } from '../../shared/features/funding/channels';

// A channel without a handler fails to compile.
const { 'audit.list': _omitted, ...withoutAuditList } = handlers;
// @ts-expect-error Property ''audit.list'' is missing
export const incomplete: Handlers = withoutAuditList;

// A feature left out of the index fails to compile.
const [core, register, funding, calendar, lists] = backendFeatures;
// @ts-expect-error the access feature's channels are missing
export const withoutAccess: Handlers = {
  ...core.handlers,
  ...register.handlers,
  ...funding.handlers,
  ...calendar.handlers,
  ...lists.handlers,
};

// A handler whose output drifts from the contract fails to compile.
export const wrongOutput: Handlers = {
  ...handlers,
  // @ts-expect-error a string is not a Community
  'communities.create': () => 'created',
};

// A handler expecting an input the contract does not send fails to compile.
export const wrongInput: Handlers = {
  ...handlers,
  // @ts-expect-error the contract sends id as a number
  'communities.get': (_ctx, input: { id: string }) =>
    handlers['communities.get'](_ctx, { id: Number(input.id) }),
};

// A channel the contract does not declare fails to compile.
export const extraChannel: Handlers = {
  ...handlers,
  // @ts-expect-error 'db.exec' is not a channel
  'db.exec': () => undefined,
};

// The renderer's api is typed from the same contract.
declare const api: Api;
export async function rendererCalls() {
  // @ts-expect-error name must be text
  await api['communities.create']({ name: 1, floorAreaM2: 0, isPilot: false });
  // @ts-expect-error no such channel
  await api['communities.drop']({});
  const result = await api['communities.get']({ id: 1 });
  if (result.ok) {
    const name: string = result.data.community.name;
    // @ts-expect-error households are numbers
    const wrong: string = result.data.profiles[0]!.totalHouseholds;
    return [name, wrong];
  }
  return result.error.message;
}

// A feature's own handler map is checked against its own declarations.
const { 'funding.notice': _notice, ...fundingWithoutNotice } = fundingHandlers;
// @ts-expect-error Property ''funding.notice'' is missing
export const incompleteFeature: HandlersOf<typeof fundingChannels> = fundingWithoutNotice;

export const featureWithExtra: HandlersOf<typeof fundingChannels> = {
  ...fundingHandlers,
  // @ts-expect-error lists.publish is the lists feature's channel, not funding's
  'lists.publish': () => undefined,
};
