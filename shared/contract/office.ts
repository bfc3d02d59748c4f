// The office's own settings, printed on every notice and report.
import { z } from 'zod';
import { optionalText, phone, requiredText } from './fields';

export const officeSettingsInput = z.object({
  officeName: requiredText('街道办事处名称', 60),
  district: optionalText('所属区县', 60),
  contactPerson: optionalText('联系人', 30),
  contactPhone: phone('联系电话'),
  supervisionPhone: phone('监督电话'),
});

export type OfficeSettingsInput = z.input<typeof officeSettingsInput>;

export interface OfficeSettings {
  officeName: string;
  district: string;
  contactPerson: string;
  contactPhone: string;
  supervisionPhone: string;
  updatedAt: string | null;
}
