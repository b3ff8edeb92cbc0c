import type { PurseEvents } from '../shared/events';
import type { PurseApi } from '../shared/purse-api';

declare global {
  interface Window {
    /** The only way the UI reaches data: exposed by the preload (or the dev:web harness). */
    readonly purse: PurseApi;
    /** What main tells the UI unasked (Electron only; undefined in dev:web). */
    readonly purseEvents?: PurseEvents;
  }
}

export {};
