import type { PurseError } from '../../../shared/errors';
import { RISK_REASONS, type MoneyResult, type RiskReason } from '../../../shared/payments';

/** How the person confirms a money movement: what `auth` carries in every *.create call. */
export interface MoneyAuth {
  readonly pin?: string;
  readonly biometric?: true;
  readonly totp?: string;
  readonly stepUpPin?: string;
  readonly confirmRisk?: boolean;
}

/**
 * Sends the movement. `requestId` is made once per confirmation sheet and reused for every
 * retry, so a double click or a resubmission after a step-up makes one movement, not two.
 */
export type SubmitMoney = (requestId: string, auth: MoneyAuth) => Promise<MoneyResult>;

export type StepUpMethod = 'totp' | 'pin';

/** The risk reasons a refusal names (a comma list in its details), known ones only. */
export function reasonsOf(error: { readonly details?: PurseError['details'] }): RiskReason[] {
  const raw = error.details?.['reasons'];
  if (typeof raw !== 'string') return [];
  return raw
    .split(',')
    .map((reason) => reason.trim())
    .filter((reason): reason is RiskReason => (RISK_REASONS as readonly string[]).includes(reason));
}

export function stepUpMethodOf(error: { readonly details?: PurseError['details'] }): StepUpMethod {
  return error.details?.['method'] === 'totp' ? 'totp' : 'pin';
}

export const CODE_LENGTH = 6;
