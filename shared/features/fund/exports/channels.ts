// OWNER: the exports slice: the fund's reports as xlsx files.
import { declareChannels } from '../../../contract/channel-kinds';

export const fundExportsChannels = declareChannels({});
