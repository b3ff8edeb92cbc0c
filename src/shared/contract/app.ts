import type { Account, Settings } from '../domain';
import type { OnboardingState } from '../onboarding';
import * as ob from '../onboarding';
import * as s from '../schemas';
import { read, write } from './define';
import { MONEY_VIEWS, SETTINGS_VIEWS } from './views';

export interface AppInfo {
  readonly name: string;
  readonly version: string;
  readonly platform: string;
  readonly runtime: 'electron' | 'web';
}

/** The app itself, its settings and the first-run steps. */
export const appMethods = {
  'app.info': read<AppInfo>()('gateway', s.emptyInput, { needs: 'nothing' }),
  'settings.get': read<Settings>()('ledger', s.emptyInput, { needs: 'nothing' }),
  'settings.update': write<Settings>()('ledger', s.settingsUpdateInput, {
    stale: SETTINGS_VIEWS,
  }),
  'onboarding.get': read<OnboardingState>()('ledger', s.emptyInput),
  // onboarding
  'onboarding.save': write<OnboardingState>()('ledger', ob.onboardingSaveInput, {
    stale: ['onboarding.get', ...SETTINGS_VIEWS],
  }),
  // Finishing makes the Purse wallet: the accounts and every view of money change.
  'onboarding.advance': write<OnboardingState>()('ledger', ob.onboardingAdvanceInput, {
    stale: ['onboarding.get', ...MONEY_VIEWS],
  }),
  'onboarding.bindCard': write<Account>()('ledger', ob.onboardingBindCardInput, {
    stale: ['onboarding.get', ...MONEY_VIEWS],
  }),
} as const;
