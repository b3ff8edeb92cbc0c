// The UI's preload: exposes `window.purse`, built from the contract's method list, and
// `window.purseEvents` for the one thing main tells the UI unasked (open a screen).
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import { isAppPath, NAVIGATE_CHANNEL, type PurseEvents } from '../shared/events';
import { channelOf } from '../shared/method-names';
import { buildPurseApi } from '../shared/purse-api';
import type { Result } from '../shared/result';

contextBridge.exposeInMainWorld(
  'purse',
  buildPurseApi(function invoke(method, input) {
    return ipcRenderer.invoke(channelOf(method), input) as Promise<Result<unknown>>;
  }),
);

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
};
contextBridge.exposeInMainWorld('purseEvents', events);
