// The access register's channels: requests through their workflow, the catalogue and the documents.
import { command, declareChannels, file, query } from '../../contract/channel-kinds';

const accessChange = command({ invalidates: ['access'] });

export const accessChannels = declareChannels({
  'access.list': query,
  'access.get': query,
  'access.submit': accessChange,
  'access.update': accessChange,
  'access.withdraw': accessChange,
  'access.review': accessChange,
  'access.decide': accessChange,
  'access.revoke': accessChange,
  'access.catalogue': query,
  'access.form': file({ printable: true }),
  'access.exportRegister': file(),
});
