import { createContext, useContext, type ComponentType } from 'react';

/**
 * Pieces only one host of the UI has. The desktop app has none; dev:web adds its browser
 * reminder switch here, so code that asks a page permission the app's sessions refuse never
 * reaches the Electron build.
 */
export interface HostExtras {
  /** Shown beside the Bills heading. */
  readonly billReminders?: ComponentType;
}

const HostExtrasContext = createContext<HostExtras>({});

export const HostExtrasProvider = HostExtrasContext.Provider;

export function useHostExtras(): HostExtras {
  return useContext(HostExtrasContext);
}
