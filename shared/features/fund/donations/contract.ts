// OWNER: the donations slice of the micro-fund: one spec per channel of ./channels.
import type { ContractFor } from '../../../contract/channel-spec';
import type { fundDonationsChannels } from './channels';

export const fundDonationsContract = {} satisfies ContractFor<typeof fundDonationsChannels>;
