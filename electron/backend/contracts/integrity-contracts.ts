// Purchase-of-services invariants for `cli check`: no payment beyond what its instalment allows, no
// year's commitments beyond its approved allocation, states agreeing with the steps recorded.
// OWNER: H2 (skeleton).
import type { Invariant } from '../core/invariant';

export const contractsInvariants: Invariant[] = [];
