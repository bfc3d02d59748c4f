// OWNER: renderer donations slice (donors, donations, 票据, the voucher-writing forms).
import type { FeatureScreens } from '../../../ui/screens';

export const fundDonationsScreens: FeatureScreens = { screens: [], menu: [] };
