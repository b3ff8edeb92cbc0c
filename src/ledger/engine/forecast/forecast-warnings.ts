import { dayKeyOf } from '../../../shared/dates';
import type { ForecastWarning } from '../../../shared/inbox';
import type { EngineContext } from '../context';
import { claimNotice } from '../inbox/inbox';
import { forecastAccounts } from './forecast';

/**
 * Accounts the forecast newly expects below zero, looked at once a day (the first pass of
 * the scheduler on a day, after schedules have posted): each account is told once for the
 * month it is expected to dip in, as an inbox entry written by the claim that decides it.
 */
export async function newForecastWarnings(
  ctx: EngineContext,
  timeZone: string,
): Promise<ForecastWarning[]> {
  const today = dayKeyOf(ctx.clock.now(), timeZone);
  if (!(await claimNotice(ctx, `forecast-check|${today}`))) return [];
  const forecast = await forecastAccounts(ctx, { timeZone });
  const warnings: ForecastWarning[] = [];
  for (const account of forecast.accounts) {
    if (!account.belowZeroOn) continue;
    const warning: ForecastWarning = {
      accountId: account.accountId,
      belowZeroOn: account.belowZeroOn,
      lowest: account.lowest.balance,
      lowestOn: account.lowest.date,
      currency: account.currency,
    };
    const id = `forecast|${account.accountId}|${account.belowZeroOn.slice(0, 7)}`;
    if (await claimNotice(ctx, id, { kind: 'forecast-warning', params: warning }))
      warnings.push(warning);
  }
  return warnings;
}
