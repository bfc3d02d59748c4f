// The micro-fund's handlers, one map per room.
import type { fundChannels } from '../../../shared/features/fund/channels';
import type { HandlersOf } from '../core/handler';
import { fundAcknowledgementsHandlers } from './acknowledgements/handlers';
import { fundBooksHandlers } from './books/handlers';
import { fundDisclosureHandlers } from './disclosure/handlers';
import { fundDonationsHandlers } from './donations/handlers';
import { fundExportsHandlers } from './exports/handlers';
import { fundPeriodsHandlers } from './periods/handlers';
import { fundProjectsHandlers } from './projects/handlers';

export const fundHandlers: HandlersOf<typeof fundChannels> = {
  ...fundBooksHandlers,
  ...fundDonationsHandlers,
  ...fundPeriodsHandlers,
  ...fundExportsHandlers,
  ...fundAcknowledgementsHandlers,
  ...fundProjectsHandlers,
  ...fundDisclosureHandlers,
};
