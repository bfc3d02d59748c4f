// The access register's handlers: the requests' workflow, the catalogue and the documents.
import type { accessChannels } from '../../../shared/features/access/channels';
import type { HandlersOf } from '../core/handler';
import { exportAccessForm, exportAccessRegister } from './access-documents';
import {
  decideAccessRequest,
  getAccessRequest,
  listAccessRequests,
  readCatalogue,
  reviewAccessRequest,
  revokeAccessRequest,
  submitAccessRequest,
  updateAccessRequest,
  withdrawAccessRequest,
} from './access-requests';

export const accessHandlers: HandlersOf<typeof accessChannels> = {
  'access.list': listAccessRequests,
  'access.get': (ctx, input) => getAccessRequest(ctx, input.id),
  'access.submit': submitAccessRequest,
  'access.update': updateAccessRequest,
  'access.withdraw': withdrawAccessRequest,
  'access.review': reviewAccessRequest,
  'access.decide': decideAccessRequest,
  'access.revoke': revokeAccessRequest,
  'access.catalogue': readCatalogue,
  'access.form': (ctx, input) => exportAccessForm(ctx, input.id),
  'access.exportRegister': (ctx) => exportAccessRegister(ctx),
};
