import type { Clock } from '../shared/clock';
import type { AppInfo, ContractTable, LedgerApi, LedgerInternalApi } from '../shared/contract';
import { createGateway, type ExtraHandlers, type Gateway } from './create-gateway';
import { noFileSink, type FileSink } from './file-sink';
import { silentNotifier, type Notifier } from './notifications';
import { noBiometric, type BiometricProvider } from './security/biometric';
import { ledgerIdentityCheck } from './security/identity-check';
import { createLedgerSecurityLog } from './security/ledger-security-log';
import type { SecretHasher } from './security/pin-hasher';
import type { SecretStore } from './security/secret-store';
import { SecurityService } from './security/security-service';
import { createSnapshots } from './snapshots/snapshots';
import type { SnapshotStore } from './snapshots/snapshot-store';
import { systemTimeZone } from '../shared/dates';

/** What a platform (Electron main, the dev:web page) provides to build the gateway. */
export interface GatewayPlatform {
  readonly ledger: LedgerApi;
  readonly internal: LedgerInternalApi;
  readonly secrets: SecretStore;
  readonly hasher: SecretHasher;
  readonly clock: Clock;
  readonly appInfo: AppInfo;
  readonly biometric?: BiometricProvider;
  readonly notifier?: Notifier;
  /** The OS language (e.g. "zh-CN"), for notifications when settings follow the system. */
  readonly systemLocale?: string;
  /** Where saved files (statements, backups) go; none unless the platform has a place. */
  readonly files?: FileSink;
  /** Where automatic snapshots are kept (main: the data folder; dev:web: OPFS). */
  readonly snapshots?: SnapshotStore;
  /** The person's zone, for which day a snapshot belongs to; the system's when absent. */
  readonly timeZone?: string;
  /** Methods beyond the app's contract and their handlers (see createGateway). */
  readonly table?: ContractTable;
  readonly handlers?: ExtraHandlers;
}

export interface ComposedGateway {
  readonly gateway: Gateway;
  readonly security: SecurityService;
}

/** Wires the security service, its log and the gateway the same way on every platform. */
export function composeGateway(platform: GatewayPlatform): ComposedGateway {
  const securityLog = createLedgerSecurityLog(platform.internal);
  const security = new SecurityService({
    secrets: platform.secrets,
    hasher: platform.hasher,
    clock: platform.clock,
    log: securityLog,
    biometric: platform.biometric ?? noBiometric,
    identity: ledgerIdentityCheck(platform.internal),
  });
  const gateway = createGateway({
    ledger: platform.ledger,
    internal: platform.internal,
    notifier: platform.notifier ?? silentNotifier,
    systemLocale: platform.systemLocale ?? 'en',
    clock: platform.clock,
    appInfo: platform.appInfo,
    security,
    securityLog,
    files: platform.files ?? noFileSink,
    ...(platform.snapshots
      ? {
          snapshots: createSnapshots({
            store: platform.snapshots,
            secrets: platform.secrets,
            ledger: platform.ledger,
            internal: platform.internal,
            clock: platform.clock,
            timeZone: platform.timeZone ?? systemTimeZone(),
          }),
        }
      : {}),
    ...(platform.table ? { table: platform.table } : {}),
    ...(platform.handlers ? { handlers: platform.handlers } : {}),
  });
  return { gateway, security };
}
