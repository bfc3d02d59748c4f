// The channels of the ledger file itself, asked before anyone signs in: is it open, and if not, the way
// out the clerk chose. Nobody can sign in to a ledger that cannot be opened, so both admit a caller who
// has not signed in; the transport still guards them (the host's token, the desktop's own page), and
// `ledger.recover` acts only while the ledger is unavailable (electron/backend/api/ledger-gate.ts).
import { command, declareChannels, query } from './channel-kinds';
import { withoutSignIn } from './roles';

export const ledgerChannels = declareChannels({
  'ledger.status': query(withoutSignIn),
  'ledger.recover': command({ invalidates: ['people'], roles: withoutSignIn }),
});
