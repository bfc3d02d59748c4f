// Who signs a 公示 and whom to call: the same office settings close every notice the app prints.
import type { OfficeSettings } from '../../../../shared/contract/office';
import type { NoticeSection } from './notice-document';

export function signedByOffice(
  office: OfficeSettings,
  issueDate: string,
): Pick<NoticeSection, 'contacts' | 'issuer' | 'issueDate'> {
  return {
    contacts: {
      contactPerson: office.contactPerson,
      contactPhone: office.contactPhone,
      supervisionPhone: office.supervisionPhone,
    },
    issuer: office.officeName,
    issueDate,
  };
}
