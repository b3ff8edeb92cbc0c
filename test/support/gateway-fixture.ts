import { createGateway, type Gateway } from '../../src/main/gateway/create-gateway';
import { freshLedger, type LedgerFixture } from './ledger-fixture';

export interface GatewayFixture extends LedgerFixture {
  readonly gateway: Gateway;
}

/** The real gateway over a real engine on fake-indexeddb. */
export async function freshGateway(): Promise<GatewayFixture> {
  const ledger = await freshLedger();
  const gateway = createGateway({
    ledger: ledger.api,
    clock: ledger.clock,
    appInfo: { name: 'Purse', version: 'test', platform: 'test', runtime: 'web' },
  });
  return { ...ledger, gateway };
}
