// Funding's channels: the standards, the year's allocation, its postings and its documents.
import { command, declareChannels, file, query } from '../../contract/channel-kinds';

const fundingChange = command({ invalidates: ['funding'] });

export const fundingChannels = declareChannels({
  'standards.list': query,
  // A standard is shown with the year it applies to; approved lines never change with it.
  'standards.save': command({ invalidates: ['standards', 'funding'] }),
  'funding.years': query,
  'funding.preview': query,
  'funding.compute': fundingChange,
  'funding.year': query,
  'funding.community': query,
  'funding.setPartyBuilding': fundingChange,
  'funding.override': fundingChange,
  'funding.clearOverride': fundingChange,
  'funding.approve': fundingChange,
  'funding.adjust': fundingChange,
  'funding.disburse': fundingChange,
  'funding.reverse': fundingChange,
  'funding.voucherUses': query,
  'funding.householdsTemplate': file(),
  // Imported households are yearly profiles: the register shows them too.
  'funding.importHouseholds': command({ invalidates: ['funding', 'communities', 'community'] }),
  'funding.annualReport': file(),
  'funding.notice': file({ printable: true }),
});
