import { z } from 'zod';
import { systemClock } from '../shared/clock';
import type { LedgerApi, LedgerInternalApi } from '../shared/contract';
import { buildPurseApi, type PurseApi } from '../shared/purse-api';
import type { Result } from '../shared/result';
import { composeGateway } from '../gateway/compose-gateway';
import { loadOrCreateDataKey } from '../gateway/security/data-key';
import { createSecretHasher, nobleScrypt } from '../gateway/security/pin-hasher';
import { openRecoverableLedger } from '../ledger/open-recoverable';
import { createDevSecretStore } from './dev-secret-store';
import { downloadFileSink } from './download-file-sink';
import { opfsSnapshotStore } from './opfs-snapshot-store';

/**
 * Builds, in this page, what Electron splits over three processes: the ledger engine on the
 * browser's real IndexedDB, the gateway (with its security service) in front of it, and
 * window.purse. Every call is structured-cloned both ways, as IPC would, so nothing passes
 * by reference between the UI and the gateway. Returns the ledger too, for the page's own
 * background work (the bill scheduler main runs in the app).
 */
export async function installPurse(): Promise<{
  readonly purse: PurseApi;
  readonly ledger: LedgerApi;
  readonly internal: LedgerInternalApi;
}> {
  // The page's CSP has no 'unsafe-eval'; zod's JIT would probe eval and log a violation.
  z.config({ jitless: true });
  const secrets = createDevSecretStore();
  const ledger = await openRecoverableLedger({ dataKey: await loadOrCreateDataKey(secrets) });
  const { gateway } = composeGateway({
    ledger: ledger.api,
    internal: ledger.internal,
    secrets,
    hasher: createSecretHasher(nobleScrypt),
    clock: systemClock,
    appInfo: { name: 'Purse', version: __PURSE_VERSION__, platform: 'web', runtime: 'web' },
    files: downloadFileSink(),
    snapshots: opfsSnapshotStore(),
  });
  const purse = buildPurseApi(async (method, input) => {
    const result = await gateway.call(method, structuredClone(input));
    return structuredClone<Result<unknown>>(result);
  });
  Object.defineProperty(window, 'purse', {
    value: Object.freeze(purse),
    configurable: false,
    writable: false,
  });
  return { purse, ledger: ledger.api, internal: ledger.internal };
}
