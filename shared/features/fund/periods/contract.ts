// OWNER: the periods slice of the micro-fund: one spec per channel of ./channels.
import type { ContractFor } from '../../../contract/channel-spec';
import type { fundPeriodsChannels } from './channels';

export const fundPeriodsContract = {} satisfies ContractFor<typeof fundPeriodsChannels>;
