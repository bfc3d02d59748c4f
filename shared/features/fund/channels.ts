// The micro-fund's channels (社区公益微基金, 《民间非营利组织会计制度》): the books (settings, accounts,
// designations, vouchers), donations, and periods with the reports. 经办人 prepares vouchers and records
// donations; 审核人 reviews and posts them, never one they prepared (制单与审核分离), and closes months;
// 管理员 keeps the settings and the chart, and alone reopens a closed month (反结账).
import { fundAcknowledgementsChannels } from './acknowledgements/channels';
import { fundBooksChannels } from './books/channels';
import { fundDisclosureChannels } from './disclosure/channels';
import { fundDonationsChannels } from './donations/channels';
import { fundExportsChannels } from './exports/channels';
import { fundPeriodsChannels } from './periods/channels';
import { fundProjectsChannels } from './projects/channels';

export const fundChannels = {
  ...fundBooksChannels,
  ...fundDonationsChannels,
  ...fundPeriodsChannels,
  ...fundExportsChannels,
  ...fundAcknowledgementsChannels,
  ...fundProjectsChannels,
  ...fundDisclosureChannels,
};
