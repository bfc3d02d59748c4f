// Every feature's screens, one line each: the routes and the menu are built from this list.
import { accessScreens } from './access';
import { auditScreens } from './audit';
import { backupScreens } from './backups';
import { calendarScreens } from './calendar';
import { contractScreens } from './contracts';
import { fundScreens } from './fund';
import { fundingScreens } from './funding';
import { listScreens } from './lists';
import { officeScreens } from './office';
import { peopleScreens } from './people';
import { registerScreens } from './register';
import type { FeatureScreens } from '../ui/screens';

export const features: FeatureScreens[] = [
  registerScreens,
  fundingScreens,
  contractScreens,
  fundScreens,
  listScreens,
  accessScreens,
  auditScreens,
  officeScreens,
  peopleScreens,
  backupScreens,
  calendarScreens,
];
