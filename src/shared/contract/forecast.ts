import type { Forecast } from '../forecast';
import { forecastInput } from '../forecast';
import { read } from './define';

/** Looking ahead: each account's expected balance over the coming days. */
export const forecastMethods = {
  'forecast.accounts': read<Forecast>()('ledger', forecastInput),
} as const;
