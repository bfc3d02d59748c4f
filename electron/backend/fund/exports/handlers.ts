// OWNER: the exports slice's handlers.
import type { fundExportsChannels } from '../../../../shared/features/fund/exports/channels';
import type { HandlersOf } from '../../core/handler';

export const fundExportsHandlers: HandlersOf<typeof fundExportsChannels> = {};
