// What the other features may use of the register: reading communities, courtyards and yearly profiles,
// and the one write another feature makes here (households imported by the funding feature).
export { findCommunity, listCommunities } from './queries/communities';
export { listCourtyards } from './queries/courtyards';
export {
  findProfile,
  householdsForYear,
  listProfiles,
  saveProfile as saveProfileRow,
  type YearHouseholds,
} from './queries/profiles';
export { requireCommunity } from './communities';
