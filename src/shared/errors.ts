/** Stable error codes: the UI, tests and logs key on these, never on messages. */
export const ERROR_CODES = [
  'VALIDATION',
  'UNKNOWN_METHOD',
  'FORBIDDEN_SENDER',
  'NOT_FOUND',
  'INSUFFICIENT_FUNDS',
  'LIMIT_EXCEEDED',
  'ACCOUNT_ARCHIVED',
  'CURRENCY_MISMATCH',
  'SAME_ACCOUNT',
  'AMOUNT_OUT_OF_RANGE',
  'APP_LOCKED',
  'PIN_REQUIRED',
  'PIN_WRONG',
  'PIN_LOCKED',
  'CONFLICT',
  'STALE_REVISION',
  'NOTHING_TO_UNDO',
  'REQUEST_CONFLICT',
  'KEYCHAIN_UNAVAILABLE',
  'DATA_CORRUPT',
  'TOTP_REQUIRED',
  'TOTP_WRONG',
  'RECOVERY_WRONG',
  'RATE_LIMITED',
  'NOT_SET_UP',
  'STEP_UP_REQUIRED',
  'RISK_BLOCKED',
  'PROMOTION_INVALID',
  'IDENTITY_INVALID',
  'REFUND_INVALID',
  'VOID_REFUSED',
  'RECONCILED',
  'BACKUP_UNREADABLE',
  'UNAVAILABLE',
  'INTERNAL',
  // security
  'IDENTITY_MISMATCH',
  'RECOVERY_PENDING',
  // reliability
  'STORAGE_FULL',
] as const;

export type ErrorCode = (typeof ERROR_CODES)[number];

export type ErrorDetails = Readonly<Record<string, string | number | boolean>>;

export interface ValidationIssue {
  readonly path: string;
  readonly message: string;
}

/** The error half of a Result: plain data, safe to cross any process boundary. */
export interface PurseErrorInfo {
  readonly code: ErrorCode;
  /** English fallback; the UI translates by `code` and `details`. */
  readonly message: string;
  readonly details?: ErrorDetails;
  readonly issues?: readonly ValidationIssue[];
}

/** Thrown inside the engine and gateway; turned into a Result at every boundary. */
export class PurseError extends Error {
  readonly code: ErrorCode;
  readonly details: ErrorDetails | undefined;
  readonly issues: readonly ValidationIssue[] | undefined;

  constructor(
    code: ErrorCode,
    message: string,
    details?: ErrorDetails,
    issues?: readonly ValidationIssue[],
  ) {
    super(message);
    this.name = 'PurseError';
    this.code = code;
    this.details = details;
    this.issues = issues;
  }

  toInfo(): PurseErrorInfo {
    return {
      code: this.code,
      message: this.message,
      ...(this.details ? { details: this.details } : {}),
      ...(this.issues ? { issues: this.issues } : {}),
    };
  }
}

export function isErrorCode(value: unknown): value is ErrorCode {
  return typeof value === 'string' && (ERROR_CODES as readonly string[]).includes(value);
}
