// Funding's channels: the standards, the year's allocation, its postings and its documents.
// 经办人 computes and edits the draft and records payments; 审核人 approves the year and adjusts an
// approved line; the standards are 管理员's (DESIGN.md).
import { command, declareChannels, file, query } from '../../contract/channel-kinds';
import { administrators, anyRole, approvers, preparers, type ChannelRoles } from '../../contract/roles';

const fundingChange = (roles: ChannelRoles) => command({ invalidates: ['funding'], roles });

export const fundingChannels = declareChannels({
  'standards.list': query(anyRole),
  // A standard is shown with the year it applies to; approved lines never change with it.
  'standards.save': command({ invalidates: ['standards', 'funding'], roles: administrators }),
  'funding.years': query(anyRole),
  'funding.preview': query(anyRole),
  'funding.compute': fundingChange(preparers),
  'funding.year': query(anyRole),
  'funding.community': query(anyRole),
  'funding.setPartyBuilding': fundingChange(preparers),
  'funding.override': fundingChange(preparers),
  'funding.clearOverride': fundingChange(preparers),
  'funding.approve': fundingChange(approvers),
  // A change to an approved figure is a decision, with its reason: 审核人's.
  'funding.adjust': fundingChange(approvers),
  'funding.disburse': fundingChange(preparers),
  'funding.reverse': fundingChange(preparers),
  'funding.voucherUses': query(anyRole),
  'funding.householdsTemplate': file({ roles: anyRole }),
  // Imported households are yearly profiles: the register shows them too.
  'funding.importHouseholds': command({
    invalidates: ['funding', 'communities', 'community'],
    roles: preparers,
  }),
  'funding.annualReport': file({ roles: anyRole }),
  'funding.notice': file({ printable: true, roles: anyRole }),
});
