import type { ErrorCode } from '../../../shared/errors';
import type { Area } from '../../shell/routes';

/** The questions the help centre answers; text lives in the catalogues under help.topics. */
export const HELP_TOPICS = [
  'safety',
  'forgot-pin',
  'insufficient-funds',
  'over-limit',
  'pin-locked',
  'archived-account',
  'raise-limits',
  'manage-money',
  'export-backup',
  'payment-requests',
] as const;
export type HelpTopic = (typeof HELP_TOPICS)[number];

export function isHelpTopic(value: unknown): value is HelpTopic {
  return typeof value === 'string' && (HELP_TOPICS as readonly string[]).includes(value);
}

type FixLabel =
  | 'security'
  | 'recovery'
  | 'topup'
  | 'accounts'
  | 'verify'
  | 'limits'
  | 'record'
  | 'bills'
  | 'budgets'
  | 'analytics'
  | 'history'
  | 'settings'
  | 'pay';

/** A screen where the answer's advice is carried out; `label` is a key under help.fix. */
export interface HelpFix {
  readonly label: FixLabel;
  readonly area: Area;
  readonly params?: Readonly<Record<string, string>>;
}

export const HELP_FIXES: Readonly<Record<HelpTopic, readonly HelpFix[]>> = {
  safety: [{ label: 'security', area: 'security' }],
  'forgot-pin': [{ label: 'recovery', area: 'security', params: { tab: 'pin' } }],
  'insufficient-funds': [
    { label: 'topup', area: 'topup' },
    { label: 'accounts', area: 'home' },
  ],
  'over-limit': [
    { label: 'verify', area: 'security', params: { tab: 'identity' } },
    { label: 'limits', area: 'security', params: { tab: 'identity' } },
  ],
  'pin-locked': [{ label: 'recovery', area: 'security', params: { tab: 'pin' } }],
  'archived-account': [{ label: 'accounts', area: 'home' }],
  'raise-limits': [{ label: 'verify', area: 'security', params: { tab: 'identity' } }],
  'manage-money': [
    { label: 'record', area: 'pay', params: { mode: 'record' } },
    { label: 'bills', area: 'bills' },
    { label: 'budgets', area: 'budgets' },
    { label: 'analytics', area: 'analytics' },
  ],
  'export-backup': [
    { label: 'history', area: 'history' },
    { label: 'settings', area: 'settings' },
  ],
  'payment-requests': [{ label: 'pay', area: 'pay' }],
};

/** The answer that explains an error and how to fix it, for the errors people can fix. */
const TOPIC_OF_ERROR: Partial<Record<ErrorCode, HelpTopic>> = {
  INSUFFICIENT_FUNDS: 'insufficient-funds',
  LIMIT_EXCEEDED: 'over-limit',
  PIN_LOCKED: 'pin-locked',
  PIN_WRONG: 'forgot-pin',
  RECOVERY_WRONG: 'forgot-pin',
  ACCOUNT_ARCHIVED: 'archived-account',
};

export function helpTopicOf(code: ErrorCode): HelpTopic | undefined {
  return TOPIC_OF_ERROR[code];
}
