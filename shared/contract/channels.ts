// Every channel's name, and nothing else: the preload builds window.api from this list, so it must stay
// free of schemas and libraries (a sandboxed preload bundles what it imports).

export const channelNames = [
  'office.get',
  'office.update',
  'communities.list',
  'communities.get',
  'communities.create',
  'communities.update',
  'communities.archive',
  'communities.restore',
  'communities.delete',
  'courtyards.create',
  'courtyards.update',
  'courtyards.archive',
  'courtyards.restore',
  'profiles.save',
  'audit.list',
  'standards.list',
  'standards.save',
  'funding.years',
  'funding.preview',
  'funding.compute',
  'funding.year',
  'funding.community',
  'funding.setPartyBuilding',
  'funding.override',
  'funding.clearOverride',
  'funding.approve',
  'funding.adjust',
  'funding.disburse',
  'funding.reverse',
  'funding.householdsTemplate',
  'funding.importHouseholds',
  'funding.annualReport',
  'funding.notice',
  'calendar.list',
  'calendar.save',
  'calendar.postingEnd',
] as const;

export type ChannelName = (typeof channelNames)[number];

export function isChannelName(value: unknown): value is ChannelName {
  return typeof value === 'string' && (channelNames as readonly string[]).includes(value);
}
