import type { Result } from '../../src/shared/result';
import { composeGateway } from '../../src/gateway/compose-gateway';
import type { Gateway } from '../../src/gateway/create-gateway';
import type { FileSink } from '../../src/gateway/file-sink';
import type { SnapshotStore } from '../../src/gateway/snapshots/snapshot-store';
import type { SecurityService } from '../../src/gateway/security/security-service';
import { freshLedger, type LedgerFixture } from './ledger-fixture';
import { MemorySecretStore } from './memory-secret-store';
import { testHasher } from './security-fixture';

export interface GatewayFixture extends Omit<LedgerFixture, 'close'> {
  readonly gateway: Gateway;
  readonly security: SecurityService;
  readonly secrets: MemorySecretStore;
  /** OS notifications the gateway sent. */
  readonly notifications: { title: string; body: string }[];
  /** Lets the gateway's follow-ups (notifications, alerts) finish, then closes the ledger. */
  close(): Promise<void>;
}

/** The real gateway and security service over a real engine on fake-indexeddb. */
export async function freshGateway(
  options: { files?: FileSink; snapshots?: SnapshotStore } = {},
): Promise<GatewayFixture> {
  const ledger = await freshLedger();
  const secrets = new MemorySecretStore();
  const notifications: { title: string; body: string }[] = [];
  const { gateway, security } = composeGateway({
    notifier: { notify: (message) => void notifications.push(message) },
    systemLocale: 'en-US',
    ledger: ledger.api,
    internal: ledger.internal,
    secrets,
    hasher: testHasher,
    clock: ledger.clock,
    appInfo: { name: 'Purse', version: 'test', platform: 'test', runtime: 'web' },
    ...(options.files ? { files: options.files } : {}),
    ...(options.snapshots ? { snapshots: options.snapshots, timeZone: 'Asia/Shanghai' } : {}),
  });
  const close = async () => {
    await gateway.idle();
    ledger.close();
  };
  return { ...ledger, gateway, security, secrets, notifications, close };
}

/** A gateway answer's value, or a thrown error naming its code. */
export function ok<T>(result: Result<unknown>): T {
  if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`);
  return result.value as T;
}
