// OWNER: renderer reports slice (periods, month close, the reports).
import type { FeatureScreens } from '../../../ui/screens';

export const fundReportsScreens: FeatureScreens = { screens: [], menu: [] };
