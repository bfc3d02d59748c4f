// The register's handlers: communities, courtyards and yearly profiles.
import type { registerChannels } from '../../../shared/features/register/channels';
import type { HandlersOf } from '../core/handler';
import {
  archiveCommunity,
  createCommunity,
  deleteCommunity,
  getCommunityDetail,
  listCommunities,
  restoreCommunity,
  updateCommunity,
} from './communities';
import { archiveCourtyard, createCourtyard, restoreCourtyard, updateCourtyard } from './courtyards';
import { saveProfile } from './profiles';

export const registerHandlers: HandlersOf<typeof registerChannels> = {
  'communities.list': listCommunities,
  'communities.get': (ctx, input) => getCommunityDetail(ctx, input.id),
  'communities.create': createCommunity,
  'communities.update': updateCommunity,
  'communities.archive': (ctx, input) => archiveCommunity(ctx, input.id),
  'communities.restore': (ctx, input) => restoreCommunity(ctx, input.id),
  'communities.delete': (ctx, input) => deleteCommunity(ctx, input.id),
  'courtyards.create': createCourtyard,
  'courtyards.update': updateCourtyard,
  'courtyards.archive': (ctx, input) => archiveCourtyard(ctx, input.id),
  'courtyards.restore': (ctx, input) => restoreCourtyard(ctx, input.id),
  'profiles.save': saveProfile,
};
