// OWNER: the books slice's handlers.
import type { fundBooksChannels } from '../../../../shared/features/fund/books/channels';
import type { HandlersOf } from '../../core/handler';

export const fundBooksHandlers: HandlersOf<typeof fundBooksChannels> = {};
