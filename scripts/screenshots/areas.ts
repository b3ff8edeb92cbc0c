import { billShots } from './areas/bills';
import { historyShots } from './areas/history';
import { homeShots } from './areas/home';
import { bankImportShots, importShots } from './areas/import';
import { moneyViewShots } from './areas/money-views';
import { onboardingShots } from './areas/onboarding';
import { paymentShots } from './areas/payments';
import { securityShots } from './areas/security';
import type { Shot } from './shot';

/** Every area the tool shoots, by the name given on the command line. */
export const AREAS: Readonly<Record<string, readonly Shot[]>> = {
  home: homeShots,
  onboarding: onboardingShots,
  security: securityShots,
  payments: paymentShots,
  bills: billShots,
  'money-views': moneyViewShots,
  history: historyShots,
  import: importShots,
  'import-bank': bankImportShots,
};
