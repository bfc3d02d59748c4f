// What the other features may use of the holiday calendar: the end of a posting period in working days.
export { postingEnd } from './holiday-calendar';
