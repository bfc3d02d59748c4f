// OWNER: the periods slice's handlers.
import type { fundPeriodsChannels } from '../../../../shared/features/fund/periods/channels';
import type { HandlersOf } from '../../core/handler';

export const fundPeriodsHandlers: HandlersOf<typeof fundPeriodsChannels> = {};
