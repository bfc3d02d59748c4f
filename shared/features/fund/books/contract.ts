// OWNER: the books slice of the micro-fund: one spec per channel of ./channels.
import type { ContractFor } from '../../../contract/channel-spec';
import type { fundBooksChannels } from './channels';

export const fundBooksContract = {} satisfies ContractFor<typeof fundBooksChannels>;
