// OWNER: the exports slice: one spec per channel of ./channels.
import type { ContractFor } from '../../../contract/channel-spec';
import type { fundExportsChannels } from './channels';

export const fundExportsContract = {} satisfies ContractFor<typeof fundExportsChannels>;
