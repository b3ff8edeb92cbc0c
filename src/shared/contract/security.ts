import type { SecurityEventView, SecurityStatus, TotpEnrolment } from '../security';
import * as s from '../schemas';
import { guarded, read, write } from './define';
import { SECURITY_VIEWS } from './views';

export interface RecoveryCodes {
  /** Shown once; only their hashes are kept. */
  readonly recoveryCodes: readonly string[];
}

/** `security.*`: served in main, where the keychain is; never forwarded to the ledger. */
export const securityMethods = {
  'security.status': read<SecurityStatus>()('gateway', s.emptyInput, { needs: 'nothing' }),
  'security.setupPin': guarded<RecoveryCodes>()(s.securitySetupPinInput, 'nothing', SECURITY_VIEWS),
  'security.unlock': guarded<SecurityStatus>()(s.securityUnlockInput, 'nothing', 'all'),
  'security.unlockBiometric': guarded<SecurityStatus>()(s.emptyInput, 'nothing', 'all'),
  'security.lock': guarded<SecurityStatus>()(s.emptyInput, 'nothing', 'all'),
  // Reporting activity after an idle spell may find the app already locked: look again.
  'security.activity': guarded<null>()(s.emptyInput, 'nothing', ['security.status']),
  'security.changePin': guarded<SecurityStatus>()(s.securityChangePinInput, 'pin', SECURITY_VIEWS),
  'security.setIdleTimeout': guarded<SecurityStatus>()(
    s.securitySetIdleTimeoutInput,
    'pin+2fa-to-weaken',
    SECURITY_VIEWS,
  ),
  'security.setBiometric': guarded<SecurityStatus>()(
    s.securitySetBiometricInput,
    'pin+2fa',
    SECURITY_VIEWS,
  ),
  // Enrolling or replacing an authenticator; the code that confirms it needs only the
  // enrolment this call started with the PIN.
  'security.totpBegin': guarded<TotpEnrolment>()(s.securityStepUpInput, 'pin+2fa', SECURITY_VIEWS),
  'security.totpConfirm': write<SecurityStatus>()('gateway', s.securityTotpConfirmInput, {
    stale: SECURITY_VIEWS,
  }),
  'security.totpDisable': guarded<SecurityStatus>()(
    s.securityStepUpInput,
    'pin+2fa',
    SECURITY_VIEWS,
  ),
  'security.recover': guarded<SecurityStatus>()(s.securityRecoverInput, 'nothing', 'all'),
  'security.regenerateRecoveryCodes': guarded<RecoveryCodes>()(
    s.securityStepUpInput,
    'pin+2fa',
    SECURITY_VIEWS,
  ),
  'security.log': read<SecurityEventView[]>()('gateway', s.securityLogInput),
} as const;
