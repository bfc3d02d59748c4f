// OWNER: the periods slice of the micro-fund. Channel names, kinds and roles only (the preload bundles this).
import { declareChannels } from '../../../contract/channel-kinds';

export const fundPeriodsChannels = declareChannels({});
