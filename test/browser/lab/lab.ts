import { createGateway, type Gateway } from '../../../src/main/gateway/create-gateway';
import { openLedger, type OpenLedger } from '../../../src/ledger/open-ledger';
import type { Result } from '../../../src/shared/result';
import { labBench } from './lab-bench';

let ledger: OpenLedger | undefined;
let gateway: Gateway | undefined;

function requireGateway(): Gateway {
  if (!gateway) throw new Error('lab.open() first');
  return gateway;
}

/** What Playwright drives: the real engine and gateway on Chromium's IndexedDB. */
const lab = {
  async open(name: string): Promise<void> {
    ledger?.close();
    ledger = await openLedger({ name });
    gateway = createGateway({
      ledger: ledger.api,
      clock: { now: () => Date.now() },
      appInfo: { name: 'Purse', version: 'lab', platform: 'web', runtime: 'web' },
    });
  },
  call(method: string, input?: unknown): Promise<Result<unknown>> {
    return requireGateway().call(method, input);
  },
  close(): void {
    ledger?.close();
    ledger = undefined;
    gateway = undefined;
  },
  db() {
    if (!ledger) throw new Error('lab.open() first');
    return ledger.db;
  },
  bench: labBench,
};

declare global {
  interface Window {
    lab: typeof lab;
  }
}

window.lab = lab;
document.body.dataset.ready = 'true';
