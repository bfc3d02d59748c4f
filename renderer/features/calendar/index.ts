// What the other features may use of the holiday calendar: the posting-period fields of a notice form.
export { PostingPeriodFields } from './PostingPeriodFields';
