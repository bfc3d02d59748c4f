// The holiday calendar as the composition root sees it: its handlers (the office's entries are plain
// audited changes, nothing for `cli check` beyond the audit log).
import { backendFeature } from '../core/feature';
import { calendarHandlers } from './handlers';

export const calendarFeature = backendFeature(calendarHandlers);
