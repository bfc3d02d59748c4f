// OWNER: renderer books slice (settings, accounts, designations, vouchers).
import type { FeatureScreens } from '../../../ui/screens';

export const fundBooksScreens: FeatureScreens = { screens: [], menu: [] };
