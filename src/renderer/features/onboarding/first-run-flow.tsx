import { useQueryClient } from '@tanstack/react-query';
import type { CurrencyCode } from '../../../shared/currencies';
import type { OnboardingState } from '../../../shared/onboarding';
import type { SecurityStatus } from '../../../shared/security';
import { usePurseMutation } from '../../api/use-purse-mutation';
import { purseQueryKey } from '../../api/use-purse-query';
import { FirstRun } from './first-run';
import { CardStep } from './card-step';
import { ExtrasStep } from './extras-step';
import { LanguageStep } from './language-step';
import { OnboardingSteps } from './onboarding-steps';
import { ProfileStep } from './profile-step';
import './onboarding.css';

export interface FirstRunFlowProps {
  readonly status: SecurityStatus;
  readonly onboarding: OnboardingState;
  readonly defaultCurrency: CurrencyCode;
  /** The PIN flow is showing the recovery codes: keep it up though the PIN now exists. */
  readonly onPinBegin: () => void;
  readonly onPinAbort: () => void;
  readonly onPinFinished: () => void;
  /** Set while the recovery codes are on screen. */
  readonly showingCodes: boolean;
}

/**
 * First run as guided steps: language, profile, PIN and recovery codes, a first bank card,
 * then the optional two-factor codes and real-name verification. Each step is saved in the
 * ledger as it is confirmed, so quitting resumes at the same step.
 */
export function FirstRunFlow({
  status,
  onboarding,
  defaultCurrency,
  onPinBegin,
  onPinAbort,
  onPinFinished,
  showingCodes,
}: FirstRunFlowProps) {
  const queryClient = useQueryClient();
  const advance = usePurseMutation('onboarding.advance');
  const step = onboarding.step;

  if (!status.pinSet || showingCodes) {
    if (!status.pinSet && step === 'language') return <LanguageStep />;
    if (!status.pinSet && step === 'profile') {
      return <ProfileStep displayName={onboarding.displayName} />;
    }
    return (
      <FirstRun
        steps={() => <OnboardingSteps current="pin" />}
        onBegin={onPinBegin}
        onAbort={onPinAbort}
        onFinished={() => {
          advance.mutate(
            { step: 'card' },
            {
              onSettled: () => {
                void queryClient.invalidateQueries({ queryKey: purseQueryKey('onboarding.get') });
                onPinFinished();
              },
            },
          );
        }}
      />
    );
  }
  if (step === 'extras') return <ExtrasStep status={status} />;
  // 'pin' with a PIN set: the codes were shown and the person left before the card step.
  return <CardStep defaultCurrency={defaultCurrency} />;
}
