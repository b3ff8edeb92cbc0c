// Entry of the hidden ledger host window: the engine on Chromium's IndexedDB, served to main.
import { config } from 'zod';
import { openRecoverableLedger } from './open-recoverable';
import { startLedgerHost } from './start-host';

// The host's CSP forbids eval: stop zod from probing `new Function` (a CSP violation report).
config({ jitless: true });

void startLedgerHost(window, (dataKey) => openRecoverableLedger({ dataKey }));
