// The UI's preload: exposes `window.purse`, built from the contract's method list, and
// `window.purseEvents` for what main tells the UI unasked (open a screen, a payment link).
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import {
  isAppPath,
  isPayRequestEvent,
  NAVIGATE_CHANNEL,
  PAY_REQUEST_CHANNEL,
  type PayRequestEvent,
  type PurseEvents,
} from '../shared/events';
import { channelOf } from '../shared/contract';
import { buildPurseApi } from '../shared/purse-api';
import type { Result } from '../shared/result';

contextBridge.exposeInMainWorld(
  'purse',
  buildPurseApi(function invoke(method, input) {
    return ipcRenderer.invoke(channelOf(method), input) as Promise<Result<unknown>>;
  }),
);

// A link that starts Purse arrives as the page loads, maybe before React listens: keep the
// latest one for the first listener.
let payListener: ((event: PayRequestEvent) => void) | undefined;
let pendingPayRequest: PayRequestEvent | undefined;
ipcRenderer.on(PAY_REQUEST_CHANNEL, (_event: IpcRendererEvent, value: unknown) => {
  if (!isPayRequestEvent(value)) return;
  if (payListener) payListener(value);
  else pendingPayRequest = value;
});

const events: PurseEvents = {
  onNavigate: function onNavigate(listener) {
    const handler = (_event: IpcRendererEvent, path: unknown) => {
      if (isAppPath(path)) listener(path);
    };
    ipcRenderer.on(NAVIGATE_CHANNEL, handler);
    return function stopListening() {
      ipcRenderer.removeListener(NAVIGATE_CHANNEL, handler);
    };
  },
  onPayRequest: function onPayRequest(listener) {
    payListener = listener;
    if (pendingPayRequest) {
      const pending = pendingPayRequest;
      pendingPayRequest = undefined;
      listener(pending);
    }
    return function stopListening() {
      if (payListener === listener) payListener = undefined;
    };
  },
};
contextBridge.exposeInMainWorld('purseEvents', events);
