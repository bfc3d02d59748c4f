// OWNER: the donations slice's handlers.
import type { fundDonationsChannels } from '../../../../shared/features/fund/donations/channels';
import type { HandlersOf } from '../../core/handler';

export const fundDonationsHandlers: HandlersOf<typeof fundDonationsChannels> = {};
