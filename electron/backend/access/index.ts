// What the other features may use of the work-access requests: the catalogue printed with the lists.
export { readCatalogue } from './access-requests';
