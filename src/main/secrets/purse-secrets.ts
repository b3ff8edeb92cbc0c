import { AUTH_STATE_SECRET } from '../../gateway/security/auth-state';
import { DATA_KEY_SECRET } from '../../gateway/security/data-key';
import { SNAPSHOT_KEY_SECRET } from '../../gateway/snapshots/snapshot-key';

/** Every secret Purse keeps, the data key first: what moves when the store changes. */
export const PURSE_SECRETS = [DATA_KEY_SECRET, AUTH_STATE_SECRET, SNAPSHOT_KEY_SECRET] as const;
