// The contract of the core channels (the office's settings, the audit log): see core-channels.ts.
import { auditListInput, type AuditPage } from './audit';
import { channel, noInput, type ContractFor } from './channel-spec';
import type { coreChannels } from './core-channels';
import { officeSettingsInput, type OfficeSettings } from './office';

export const coreContract = {
  'office.get': channel<OfficeSettings>()(noInput),
  'office.update': channel<OfficeSettings>()(officeSettingsInput),
  'audit.list': channel<AuditPage>()(auditListInput),
} satisfies ContractFor<typeof coreChannels>;
