import { describe, expect, it } from 'vitest';
import {
  channelLists,
  invalidatedGroups,
  mergeChannels,
  type CommandChannelOf,
} from '../../../shared/contract/channel-kinds';
import {
  channelNames,
  channels,
  commandChannels,
  fileChannels,
  groupsInvalidatedBy,
  printableChannels,
  queryChannels,
  type CommandChannel,
} from '../../../shared/contract/channels';
import { contract } from '../../../shared/contract';
import { rolesOf } from '../../../shared/contract/channels';
import { userRoles, withoutSignIn } from '../../../shared/contract/roles';
import { printRequest, printRequestFor } from '../../../shared/contract/printing';
import { throwawayChannels } from '../../fixtures/throwaway-channels';

describe('a channel declared in a new feature', () => {
  const declarations = mergeChannels(channels, throwawayChannels);
  const lists = channelLists(declarations);
  const command = (name: CommandChannelOf<typeof declarations>) => invalidatedGroups(declarations[name]);

  it('is in the channel list, after every existing channel', () => {
    expect(lists.channelNames).toEqual([
      ...channelNames,
      'probe.read',
      'probe.write',
      'probe.export',
      'probe.print',
    ]);
  });

  it('reads: a query, never a mutation or a file', () => {
    expect(lists.queryChannels).toContain('probe.read');
    expect(lists.commandChannels).not.toContain('probe.read');
    expect(lists.fileChannels).not.toContain('probe.read');
  });

  it('writes: a command that refetches the groups it names and the audit log', () => {
    expect(lists.commandChannels).toContain('probe.write');
    expect(lists.queryChannels).not.toContain('probe.write');
    expect(command('probe.write')).toEqual(['lists', 'access', 'audit']);
  });

  it('answers with a file: in the file list, not printable unless declared so', () => {
    expect(lists.fileChannels).toEqual([...fileChannels, 'probe.export', 'probe.print']);
    expect(lists.printableChannels).toEqual([...printableChannels, 'probe.print']);
  });

  it('prints: the print request takes it, and still refuses a file that is not printable', () => {
    const request = printRequestFor(lists.printableChannels);
    expect(request.safeParse({ channel: 'probe.print', input: {} }).success).toBe(true);
    expect(request.safeParse({ channel: 'probe.export', input: {} }).success).toBe(false);
    expect(printRequest.safeParse({ channel: 'probe.print', input: {} }).success).toBe(false);
  });

  it('cannot take a name another feature declared', () => {
    expect(() => mergeChannels(channels, { 'funding.year': throwawayChannels['probe.read'] })).toThrow(
      'channel funding.year is declared twice',
    );
  });
});

// The hand-kept lists and the if-chain as they were before channels described themselves: the derived
// ones must say exactly the same.
const queryChannelsBefore = [
  'office.get',
  'communities.list',
  'communities.get',
  'audit.list',
  'standards.list',
  'funding.years',
  'funding.preview',
  'funding.year',
  'funding.community',
  'funding.voucherUses',
  'calendar.list',
  'calendar.postingEnd',
  'calendar.today',
  'lists.overview',
  'lists.versions',
  'lists.version',
  'lists.current',
  'lists.history',
  'access.list',
  'access.get',
  'access.catalogue',
];
const fileChannelsBefore = [
  'funding.householdsTemplate',
  'funding.annualReport',
  'funding.notice',
  'lists.notice',
  'lists.exportExcel',
  'lists.importTemplate',
  'access.form',
  'access.exportRegister',
];

function affectedQueryPrefixesBefore(channel: string): string[] {
  if (channel.startsWith('office.')) return ['office', 'audit'];
  if (channel.startsWith('standards.')) return ['standards', 'funding', 'audit'];
  if (channel.startsWith('calendar.')) return ['calendar', 'audit'];
  if (channel === 'funding.importHouseholds') return ['funding', 'communities', 'community', 'audit'];
  if (channel.startsWith('funding.')) return ['funding', 'audit'];
  if (channel.startsWith('lists.')) return ['lists', 'audit'];
  if (channel.startsWith('access.')) return ['access', 'audit'];
  return ['communities', 'community', 'funding', 'audit'];
}

// The people channels came after the hand-kept lists: what they read and what they change.
const peopleQueries = ['auth.state', 'users.list', 'people.settings'];
const peopleCommandGroups: Record<string, string[]> = {
  'auth.setUp': ['people', 'audit'],
  'auth.signIn': ['people', 'audit'],
  'auth.signOut': ['people', 'audit'],
  'auth.changePassword': ['people', 'audit'],
  'users.create': ['people', 'audit'],
  'users.update': ['people', 'audit'],
  'users.setActive': ['people', 'audit'],
  'users.resetPassword': ['people', 'audit'],
  // 一人岗 changes what the documents of these features print.
  'people.saveSettings': ['people', 'funding', 'lists', 'access', 'audit'],
};

// The contracts came later still: providers and contracts each refetch both, and the funding pages that
// show the purchased-services budget; the settings only the contracts.
const contractsQueries = [
  'providers.list',
  'providers.get',
  'contracts.list',
  'contracts.get',
  'contracts.budget',
  'contracts.audit',
  'contracts.voucherUses',
  'contracts.settings',
];
const contractsFiles = [
  'contracts.register',
  'contracts.notice',
  'contracts.paymentForm',
  'contracts.evaluationSheet',
];
const fundDonationsQueries = ['fund.donors', 'fund.donor', 'fund.donations', 'fund.receiptRegister'];
// The micro-fund's six reports, each as an xlsx file and as a PDF for the print window.
const fundReports = ['trialBalance', 'ledger', 'designation', 'donationIncome', 'activity', 'balanceSheet'];
// The disclosure slice's public notices (信息公开) print too; its annual report is an xlsx only.
const fundPrintables = [
  ...fundReports.map((report) => `fund.${report}Pdf`),
  'fund.acknowledgementPdf',
  'fund.quarterNoticePdf',
  'fund.projectNoticePdf',
];
const fundFiles = [
  ...fundReports.map((report) => `fund.${report}Xlsx`),
  ...fundPrintables,
  'fund.annualReportXlsx',
  'fund.projectsXlsx',
];
// The acknowledgements slice's register (捐赠确认书).
const fundAcknowledgementsQueries = ['fund.acknowledgements'];
// The projects slice's reads (公益项目).
const fundProjectsQueries = ['fund.projects', 'fund.project', 'fund.projectReminders', 'fund.projectAudit'];
// The disclosure slice's reads: the quarter's figures, the calendar of deadlines and the register.
const fundDisclosureQueries = ['fund.quarterDisclosure', 'fund.disclosureDeadlines', 'fund.disclosures'];
const isContracts = (name: string) => name.startsWith('providers.') || name.startsWith('contracts.');

// The micro-fund: every command refetches the fund's pages. The periods slice's reads:
const fundPeriodsQueries = [
  'fund.periods',
  'fund.closeCheck',
  'fund.trialBalance',
  'fund.ledger',
  'fund.designationReport',
  'fund.donationIncome',
  'fund.activityStatement',
  'fund.balanceSheet',
  'fund.balances',
];
// The books slice's reads:
const fundBooksQueries = [
  'fund.settings',
  'fund.accounts',
  'fund.designations',
  'fund.vouchers',
  'fund.voucher',
  'fund.audit',
];
const fundQueries = [
  ...fundPeriodsQueries,
  ...fundBooksQueries,
  ...fundDonationsQueries,
  ...fundAcknowledgementsQueries,
  ...fundProjectsQueries,
  ...fundDisclosureQueries,
];
const isFund = (name: string) => name.startsWith('fund.');
// The backups (管理员 only): the list, the progress of one under way, a restore's preview; the export.
const backupsQueries = ['backups.list', 'backups.progress', 'backups.restorePreview'];
const backupsFiles = ['backups.export'];
const isBackups = (name: string) => name.startsWith('backups.');

function contractsGroups(name: string): string[] {
  if (name === 'contracts.saveSettings') return ['contracts', 'audit'];
  if (name.startsWith('providers.')) return ['providers', 'contracts', 'audit'];
  return ['contracts', 'providers', 'funding', 'audit'];
}

describe('the derived lists of the app', () => {
  it('split reads, writes and files as the hand-kept lists did', () => {
    expect([...queryChannels].sort()).toEqual(
      [
        ...queryChannelsBefore,
        ...peopleQueries,
        ...contractsQueries,
        ...fundQueries,
        ...backupsQueries,
      ].sort(),
    );
    expect([...fileChannels].sort()).toEqual(
      [...fileChannelsBefore, ...contractsFiles, ...fundFiles, ...backupsFiles].sort(),
    );
    expect([...printableChannels]).toEqual([
      'funding.notice',
      'lists.notice',
      'access.form',
      'contracts.notice',
      'contracts.paymentForm',
      'contracts.evaluationSheet',
      ...fundPrintables,
    ]);
    const reads = [
      ...queryChannelsBefore,
      ...peopleQueries,
      ...contractsQueries,
      ...fundQueries,
      ...backupsQueries,
    ];
    const files = [...fileChannelsBefore, ...contractsFiles, ...fundFiles, ...backupsFiles];
    const rest = channelNames.filter((name) => !reads.includes(name));
    expect([...commandChannels].sort()).toEqual(rest.filter((name) => !files.includes(name)).sort());
  });

  it.each(commandChannels.filter(isContracts).map((name) => [name]))(
    '%s refetches the contracts and what shows them',
    (name) => {
      expect(groupsInvalidatedBy(name as CommandChannel)).toEqual(contractsGroups(name));
    },
  );

  it.each(commandChannels.filter(isFund).map((name) => [name]))('%s refetches the fund', (name) => {
    expect(groupsInvalidatedBy(name as CommandChannel)).toEqual(['fund', 'audit']);
  });

  it('backups.create refetches the list; backups.restore every screen (the whole ledger changes)', () => {
    expect(groupsInvalidatedBy('backups.create')).toEqual(['backups', 'audit']);
    expect(groupsInvalidatedBy('backups.restore')).toEqual(
      expect.arrayContaining(['funding', 'fund', 'backups']),
    );
  });

  const commandsBefore = commandChannels.filter(
    (name) => !(name in peopleCommandGroups) && !isContracts(name) && !isFund(name) && !isBackups(name),
  );
  it.each(commandsBefore.map((name) => [name]))('%s invalidates what it did before', (name) => {
    expect(groupsInvalidatedBy(name as CommandChannel)).toEqual(affectedQueryPrefixesBefore(name));
  });

  it.each(Object.entries(peopleCommandGroups))(
    '%s invalidates the people and what it changes',
    (name, groups) => {
      expect(commandChannels).toContain(name);
      expect(groupsInvalidatedBy(name as CommandChannel)).toEqual(groups);
    },
  );

  it('has one contract entry for each declared channel and no other', () => {
    expect(Object.keys(contract).sort()).toEqual([...channelNames].sort());
  });
});

describe('the roles each channel declares', () => {
  it.each(channelNames.map((name) => [name]))('%s names its roles: withoutSignIn or known roles', (name) => {
    const roles = rolesOf(name);
    if (roles === withoutSignIn) return;
    expect(roles.length).toBeGreaterThan(0);
    for (const role of roles) expect(userRoles).toContain(role);
    expect(new Set(roles).size).toBe(roles.length);
  });

  it('lets only signing in, out, the sign-in screen and today be called without signing in', () => {
    const open = channelNames.filter((name) => rolesOf(name) === withoutSignIn);
    expect(open.sort()).toEqual([
      'auth.setUp',
      'auth.signIn',
      'auth.signOut',
      'auth.state',
      'calendar.today',
    ]);
  });

  it('keeps every approval to 审核人 and every administration to 管理员', () => {
    const approving = [
      'funding.approve',
      'lists.publish',
      'access.review',
      'access.decide',
      'contracts.sign',
      'contracts.amend',
      'contracts.complete',
      'contracts.terminate',
      'contracts.approvePayment',
      'contracts.rejectPayment',
      'fund.closeMonth',
      'fund.rejectVoucher',
      'fund.postVoucher',
    ];
    for (const name of approving) expect(rolesOf(name as never)).toEqual(['approver']);
    const administering = ['users.create', 'users.update', 'users.setActive', 'users.resetPassword'];
    for (const name of [
      ...administering,
      'office.update',
      'people.saveSettings',
      'standards.save',
      'calendar.save',
      'contracts.saveSettings',
      'fund.reopenMonth',
      'fund.saveSettings',
      'fund.createAccount',
      'fund.updateAccount',
      ...backupsQueries,
      ...backupsFiles,
      'backups.create',
      'backups.restore',
    ])
      expect(rolesOf(name as never)).toEqual(['administrator']);
  });

  it('lets every signed-in role read: each query and file admits all three roles', () => {
    const reads = [...queryChannels, ...fileChannels].filter(
      // The user list and the backups are 管理员's alone.
      (name) => rolesOf(name) !== withoutSignIn && !['users.list'].includes(name) && !isBackups(name),
    );
    for (const name of reads)
      expect([...(rolesOf(name) as readonly string[])].sort(), name).toEqual([...userRoles].sort());
  });
});
