// The register's channels: communities, their courtyards and yearly profiles. Every change here can move
// a year's funding (households, pilot status), so the funding screens are refetched with the register's.
// Keeping the register is preparers' work.
import { command, declareChannels, query } from '../../contract/channel-kinds';
import { anyRole, preparers } from '../../contract/roles';

const registerChange = command({ invalidates: ['communities', 'community', 'funding'], roles: preparers });

export const registerChannels = declareChannels({
  'communities.list': query(anyRole),
  'communities.get': query(anyRole),
  'communities.create': registerChange,
  'communities.update': registerChange,
  'communities.archive': registerChange,
  'communities.restore': registerChange,
  'communities.delete': registerChange,
  'courtyards.create': registerChange,
  'courtyards.update': registerChange,
  'courtyards.archive': registerChange,
  'courtyards.restore': registerChange,
  'profiles.save': registerChange,
});
