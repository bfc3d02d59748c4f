// The ledger channels while the ledger is open: it is, and there is nothing to recover. While it cannot
// be opened, the ledger gate (api/ledger-gate.ts) answers them instead of the backend.
import type { ledgerChannels } from '../../../../shared/contract/ledger-channels';
import { conflict } from '../errors';
import type { HandlersOf } from '../handler';

export const ledgerHandlers: HandlersOf<typeof ledgerChannels> = {
  'ledger.status': () => ({ state: 'open' }),
  'ledger.recover': () => {
    throw conflict('台账数据库已正常打开，不需要恢复：如需从备份恢复，请到「备份与恢复」页面办理', 'action');
  },
};
