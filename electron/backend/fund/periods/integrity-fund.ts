// OWNER: periods slice. The rules `cli check` holds the fund's books to.
import type { Invariant } from '../../core/invariant';

export const fundInvariants: Invariant[] = [];
