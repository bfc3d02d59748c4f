// Channel inputs and outputs of the micro-fund, one contract per slice (books, donations, periods).
import type { ContractFor } from '../../contract/channel-spec';
import { fundAcknowledgementsContract } from './acknowledgements/contract';
import { fundBooksContract } from './books/contract';
import type { fundChannels } from './channels';
import { fundDisclosureContract } from './disclosure/contract';
import { fundDonationsContract } from './donations/contract';
import { fundExportsContract } from './exports/contract';
import { fundPeriodsContract } from './periods/contract';
import { fundProjectsContract } from './projects/contract';

export const fundContract = {
  ...fundBooksContract,
  ...fundDonationsContract,
  ...fundPeriodsContract,
  ...fundExportsContract,
  ...fundAcknowledgementsContract,
  ...fundProjectsContract,
  ...fundDisclosureContract,
} satisfies ContractFor<typeof fundChannels>;
