// The ledger host's preload: hands the port from main to the page, and does nothing else.
import { ipcRenderer } from 'electron';
import { LEDGER_PORT_CHANNEL } from '../shared/rpc';

ipcRenderer.on(LEDGER_PORT_CHANNEL, function forwardLedgerPort(event) {
  // Ports cannot cross the context bridge; window.postMessage transfers them into the page.
  window.postMessage(LEDGER_PORT_CHANNEL, window.location.origin, event.ports);
});
