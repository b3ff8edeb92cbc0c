import { AUTH_STATE_SECRET } from '../../gateway/security/auth-state';
import { DATA_KEY_SECRET } from '../../gateway/security/data-key';

/** Every secret Purse keeps, the data key first: what moves when the store changes. */
export const PURSE_SECRETS = [DATA_KEY_SECRET, AUTH_STATE_SECRET] as const;
