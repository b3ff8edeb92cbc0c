import { z } from 'zod';
import type { CurrencyCode } from './currencies';
import type { AccountKind } from './domain';
import { timeZoneSchema } from './schemas';

/** How far a forecast looks ahead, in days, unless asked otherwise. */
export const FORECAST_DAYS = 90;
/** The days of history irregular money is averaged over, at most. */
export const AVERAGE_OVER_DAYS = 90;

export const forecastInput = z.strictObject({
  timeZone: timeZoneSchema,
  days: z.number().int().min(7).max(180).optional(),
});

/** The scheduler's daily look at the forecast, in the person's zone. */
export const forecastWarningsInput = z.strictObject({ timeZone: timeZoneSchema });

/** One day of a forecast: the account's expected balance at its end. */
export interface ForecastPoint {
  readonly date: string;
  readonly balance: number;
}

/** What a forecast expects of one open account. */
export interface AccountForecast {
  readonly accountId: string;
  readonly kind: AccountKind;
  readonly currency: CurrencyCode;
  /** Today's balance, then one point a day to the end. */
  readonly points: readonly ForecastPoint[];
  readonly lowest: ForecastPoint;
  /** The first day an account that may not go below zero is expected to: a warning. */
  readonly belowZeroOn: string | null;
  /** Money in less money out a day on average, from irregular transactions. */
  readonly averageDaily: number;
  /** Scheduled moves expected on it in the window (and unposted ones already due). */
  readonly scheduled: number;
  /** What they add up to: money in less money out. */
  readonly scheduledNet: number;
}

export interface Forecast {
  /** Today, where the person is. */
  readonly from: string;
  readonly days: number;
  readonly accounts: readonly AccountForecast[];
}
