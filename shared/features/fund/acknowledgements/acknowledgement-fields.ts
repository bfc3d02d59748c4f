// Inputs of the acknowledgements slice (捐赠确认书): issuing one for a donation, voiding one with its reason,
// the register, and one acknowledgement to print. Every message is Chinese and names its field.
import { z } from 'zod';
import {
  documentDateRange,
  isoDate,
  recordId,
  requiredText,
  wholeNumber,
  year,
} from '../../../contract/fields';

export const acknowledgementIssueInput = z.object(
  {
    donationId: recordId('捐赠'),
    issuedOn: isoDate('出具日期', documentDateRange),
  },
  { error: '捐赠确认书：缺少出具信息' },
);

export const acknowledgementVoidInput = z.object(
  {
    id: recordId('捐赠确认书'),
    reason: requiredText('作废原因', 200),
  },
  { error: '作废捐赠确认书：缺少作废信息' },
);

export const acknowledgementIdInput = z.object(
  { id: recordId('捐赠确认书') },
  { error: '捐赠确认书：缺少捐赠确认书' },
);

export const acknowledgementListInput = z.object(
  {
    /** The year of issue (the number's year); all years when missing. */
    year: year().optional(),
    donationId: recordId('捐赠').optional(),
    page: wholeNumber('页码', { min: 1 }).default(1),
    pageSize: wholeNumber('每页条数', { min: 1, max: 500 }).default(50),
  },
  { error: '捐赠确认书登记簿：查询条件无效' },
);
