import type { TFunction } from 'i18next';
import type { SecurityEventView } from '../../../shared/security';

/**
 * The security log's event kinds (src/gateway/security/security-log.ts SECURITY_EVENTS)
 * and how to say each; a unit test keeps this list complete.
 */
export const EVENT_LABELS = {
  'pin.set': 'pinSet',
  'pin.wrong': 'pinWrong',
  'pin.locked': 'pinLocked',
  'pin.changed': 'pinChanged',
  'app.unlocked': 'appUnlocked',
  'app.locked': 'appLocked',
  'app.idle-locked': 'appIdleLocked',
  'totp.enrolment-started': 'totpEnrolmentStarted',
  'totp.enabled': 'totpEnabled',
  'totp.replaced': 'totpReplaced',
  'totp.disabled': 'totpDisabled',
  'totp.wrong': 'totpWrong',
  'recovery.used': 'recoveryUsed',
  'recovery.wrong': 'recoveryWrong',
  'recovery.locked': 'recoveryLocked',
  'recovery.regenerated': 'recoveryRegenerated',
  'recovery.started': 'recoveryStarted',
  'recovery.cancelled': 'recoveryCancelled',
  'recovery.identity-wrong': 'recoveryIdentityWrong',
  'biometric.enabled': 'biometricEnabled',
  'biometric.disabled': 'biometricDisabled',
  'biometric.failed': 'biometricFailed',
  'idle.changed': 'idleChanged',
  'identity.verified': 'identityVerified',
  'limits.raised': 'limitsRaised',
  'backup.exported': 'backupExported',
  'backup.restored': 'backupRestored',
  'snapshot.restored': 'snapshotRestored',
} as const;

const METHODS = ['pin', 'biometric', 'recovery', 'old-pin'] as const;
type Method = (typeof METHODS)[number];

function isKnown(kind: string): kind is keyof typeof EVENT_LABELS {
  return Object.hasOwn(EVENT_LABELS, kind);
}

/** "Purse unlocked · with Touch ID", in the UI language; unknown kinds still say something. */
export function describeSecurityEvent(event: SecurityEventView, t: TFunction): string {
  const label = isKnown(event.kind)
    ? t(`security.log.events.${EVENT_LABELS[event.kind]}`)
    : t('security.log.unknown', { kind: event.kind });
  const parts = [label];
  const method = event.details?.['method'];
  if (typeof method === 'string' && (METHODS as readonly string[]).includes(method))
    parts.push(t(`security.log.methods.${method as Method}`));
  const codesLeft = event.details?.['codesLeft'];
  if (typeof codesLeft === 'number') parts.push(t('security.log.codesLeft', { count: codesLeft }));
  return parts.join(' · ');
}
