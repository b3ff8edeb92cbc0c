export const SECURITY_EVENTS = [
  'pin.set',
  'pin.wrong',
  'pin.locked',
  'pin.changed',
  'app.unlocked',
  'app.locked',
  'app.idle-locked',
  'totp.enrolment-started',
  'totp.enabled',
  'totp.replaced',
  'totp.disabled',
  'totp.wrong',
  'recovery.used',
  'recovery.wrong',
  'recovery.locked',
  'recovery.regenerated',
  'recovery.started',
  'recovery.cancelled',
  'recovery.identity-wrong',
  'biometric.enabled',
  'biometric.disabled',
  'biometric.failed',
  'idle.changed',
  'identity.verified',
  'limits.raised',
  'backup.exported',
  'backup.restored',
  'snapshot.restored',
] as const;

export type SecurityEventKind = (typeof SECURITY_EVENTS)[number];

export interface SecurityEvent {
  readonly id: string;
  readonly at: number;
  readonly kind: SecurityEventKind;
  readonly details?: Readonly<Record<string, string | number | boolean>>;
}

/** Where security events are kept (the ledger's audit log); never holds a secret. */
export interface SecurityLog {
  append(kind: SecurityEventKind, details?: SecurityEvent['details']): Promise<void>;
  list(limit: number): Promise<SecurityEvent[]>;
}
