// The UI's preload: exposes `window.purse`, built from the contract's method list. Nothing else.
import { contextBridge, ipcRenderer } from 'electron';
import { channelOf } from '../shared/method-names';
import { buildPurseApi } from '../shared/purse-api';
import type { Result } from '../shared/result';

contextBridge.exposeInMainWorld(
  'purse',
  buildPurseApi(function invoke(method, input) {
    return ipcRenderer.invoke(channelOf(method), input) as Promise<Result<unknown>>;
  }),
);
