import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { createQueryClient } from './api/query-client';
import { SecurityGate } from './features/lock/security-gate';
import { AppShell } from './shell/app-shell';
import { PreferencesProvider } from './shell/preferences-provider';
import './styles.css';

export interface AppProps {
  /** A fresh client per app unless one is passed in (tests). */
  readonly queryClient?: QueryClient;
}

/** Purse's UI. It reaches data only through window.purse, whoever provides it. */
export function App({ queryClient }: AppProps) {
  const [client] = useState(() => queryClient ?? createQueryClient());
  return (
    <QueryClientProvider client={client}>
      <PreferencesProvider>
        {/* First run, the lock screen, or the app: nothing of the ledger shows while locked. */}
        <SecurityGate>
          <AppShell />
        </SecurityGate>
      </PreferencesProvider>
    </QueryClientProvider>
  );
}
