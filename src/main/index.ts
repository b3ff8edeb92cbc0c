// Main process entry: wiring only. Each piece lives in its own module and is tested there.
import {
  app,
  ipcMain,
  Notification,
  safeStorage,
  systemPreferences,
  type BrowserWindow,
} from 'electron';
import { systemClock } from '../shared/clock';
import { electronAppInfo } from './app-info';
import { composeGateway } from './gateway/compose-gateway';
import { loadOrCreateDataKey } from './gateway/security/data-key';
import { createSecretHasher } from './gateway/security/pin-hasher';
import { registerIpc } from './ipc/register-ipc';
import { trustedSender } from './ipc/trusted-sender';
import { keychainUnavailable } from './keychain-unavailable';
import { connectLedger } from './ledger/ledger-connection';
import { registerAppScheme } from './protocol/app-scheme';
import { resolveRuntime } from './runtime';
import { chooseSecretStore } from './secrets/choose-secret-store';
import { nodeScrypt } from './secrets/node-scrypt';
import { hardenAllWebContents } from './security/harden-web-contents';
import { electronNotifier } from './notifications/electron-notifier';
import { touchIdProvider } from './security/touch-id';
import { secureAppSessions } from './sessions';
import { createLedgerWindow } from './windows/ledger-window';
import { LEDGER_PAGE, pageUrl, UI_PAGE } from './windows/pages';
import { createUiWindow } from './windows/ui-window';

async function start(): Promise<void> {
  const runtime = resolveRuntime(app);
  secureAppSessions(runtime);

  const { store } = await chooseSecretStore({
    loadKeytar: async () => (await import('keytar')).default,
    safeStorage,
    platform: process.platform,
    fallbackFile: runtime.secretsFile,
  });
  const secrets = store ?? keychainUnavailable();

  const ledger = connectLedger({
    createWindow: () =>
      createLedgerWindow({ preload: runtime.preloads.ledgerHost, devTools: runtime.devTools }),
    url: pageUrl(LEDGER_PAGE, runtime.devServerOrigin),
    dataKey: () => loadOrCreateDataKey(secrets),
  });
  const { gateway } = composeGateway({
    ledger: ledger.api,
    internal: ledger.internal,
    secrets,
    hasher: createSecretHasher(nodeScrypt),
    clock: systemClock,
    appInfo: electronAppInfo(app),
    biometric: touchIdProvider(systemPreferences, process.platform),
    notifier: electronNotifier(Notification),
    systemLocale: app.getLocale(),
  });

  let ui: BrowserWindow | undefined;
  registerIpc({
    ipcMain,
    gateway,
    isTrustedSender: trustedSender({
      uiContents: () => ui?.webContents,
      origins: runtime.appOrigins,
    }),
  });

  function openUi(): void {
    const window = createUiWindow({
      url: pageUrl(UI_PAGE, runtime.devServerOrigin),
      preload: runtime.preloads.ui,
      devTools: runtime.devTools,
    });
    window.on('closed', () => {
      ui = undefined;
      // The hidden ledger window keeps 'window-all-closed' from firing: quit here instead.
      if (process.platform !== 'darwin') app.quit();
    });
    ui = window;
  }
  openUi();

  app.on('second-instance', () => {
    if (!ui) return openUi();
    if (ui.isMinimized()) ui.restore();
    ui.focus();
  });
  app.on('activate', () => {
    if (!ui) openUi();
  });
  app.on('will-quit', () => ledger.dispose());
}

registerAppScheme();
app.enableSandbox();

if (app.requestSingleInstanceLock()) {
  hardenAllWebContents(app);
  app.on('window-all-closed', () => app.quit());
  app
    .whenReady()
    .then(start)
    .catch((error: unknown) => {
      console.error('Purse could not start', error);
      app.quit();
    });
} else {
  app.quit();
}
