// Main process entry: wiring only. Each piece lives in its own module and is tested there.
import { existsSync } from 'node:fs';
import {
  app,
  dialog,
  ipcMain,
  Menu,
  nativeImage,
  Notification,
  safeStorage,
  systemPreferences,
  Tray,
  type BrowserWindow,
} from 'electron';
import { systemClock } from '../shared/clock';
import { systemTimeZone } from '../shared/dates';
import { NAVIGATE_CHANNEL, PAY_REQUEST_CHANNEL, type PayRequestEvent } from '../shared/events';
import { electronAppInfo } from './app-info';
import { saveDialogSink } from './files/save-dialog-sink';
import { snapshotFolder } from './files/snapshot-folder';
import { runBillScheduler } from '../gateway/bill-scheduler';
import { composeGateway } from '../gateway/compose-gateway';
import { createSecretHasher } from '../gateway/security/pin-hasher';
import { registerIpc } from './ipc/register-ipc';
import { trustedSender } from './ipc/trusted-sender';
import { connectLedger } from './ledger/ledger-connection';
import { registerAppScheme } from './protocol/app-scheme';
import { devLaunchOf, registerPaymentLinks } from './protocol/payment-links';
import { resolveRuntime } from './runtime';
import { startSecrets } from './secrets/start-secrets';
import { nodeScrypt } from './secrets/node-scrypt';
import { hardenAllWebContents } from './security/harden-web-contents';
import { electronNotifier } from './notifications/electron-notifier';
import { startRepeating } from './scheduler/start-bill-scheduler';
import { createAppTray } from './tray/app-tray';
import { closeToTrayHint } from './tray/tray-hint';
import { touchIdProvider } from './security/touch-id';
import { secureAppSessions } from './sessions';
import { createLedgerWindow } from './windows/ledger-window';
import { LEDGER_PAGE, pageUrl, UI_PAGE } from './windows/pages';
import { createUiWindow } from './windows/ui-window';

// Payment links can arrive before the window exists (macOS sends open-url before ready):
// they wait here until start() can show them.
const waitingPayRequests: PayRequestEvent[] = [];
let sendPayRequest: ((event: PayRequestEvent) => void) | undefined;

async function start(): Promise<void> {
  const runtime = resolveRuntime(app);
  // Looked at before anything opens the ledger's session, which may create the folder.
  const ledgerOnDisk = existsSync(runtime.ledgerFolder);
  secureAppSessions(runtime);

  const { secrets, dataKey } = await startSecrets({
    loadKeytar: async () => (await import('keytar')).default,
    safeStorage,
    platform: process.platform,
    fallbackFile: runtime.secretsFile,
    homeFile: runtime.secretHomeFile,
    ledgerOnDisk,
  });

  const ledger = connectLedger({
    createWindow: () =>
      createLedgerWindow({ preload: runtime.preloads.ledgerHost, devTools: runtime.devTools }),
    url: pageUrl(LEDGER_PAGE, runtime.devServerOrigin),
    dataKey,
  });
  const notifier = electronNotifier(Notification);
  let ui: BrowserWindow | undefined;
  const { gateway, security } = composeGateway({
    ledger: ledger.api,
    internal: ledger.internal,
    secrets,
    hasher: createSecretHasher(nodeScrypt),
    clock: systemClock,
    appInfo: electronAppInfo(app),
    biometric: touchIdProvider(systemPreferences, process.platform),
    notifier,
    systemLocale: app.getLocale(),
    files: saveDialogSink({
      dialog,
      parent: () => ui,
      startIn: () => app.getPath('documents'),
    }),
    snapshots: snapshotFolder(runtime.snapshotsFolder),
    timeZone: systemTimeZone(),
  });

  registerIpc({
    ipcMain,
    gateway,
    isTrustedSender: trustedSender({
      uiContents: () => ui?.webContents,
      origins: runtime.appOrigins,
    }),
  });

  const trayHint = closeToTrayHint({
    notifier,
    locale: app.getLocale(),
    flagFile: runtime.trayHintFile,
  });
  let quitting = false;
  app.on('before-quit', () => {
    quitting = true;
  });

  function openUi(): void {
    const window = createUiWindow({
      url: pageUrl(UI_PAGE, runtime.devServerOrigin),
      preload: runtime.preloads.ui,
      devTools: runtime.devTools,
    });
    window.on('closed', () => {
      // Purse stays in the tray so that reminders and autopay keep working; Quit is there.
      ui = undefined;
      if (!quitting) void trayHint().catch((error: unknown) => console.warn('Tray hint', error));
    });
    ui = window;
  }
  openUi();

  function showUi(): BrowserWindow | undefined {
    if (!ui) openUi();
    if (ui?.isMinimized()) ui.restore();
    ui?.show();
    ui?.focus();
    return ui;
  }

  const tray = createAppTray({
    Tray,
    Menu,
    nativeImage,
    platform: process.platform,
    locale: app.getLocale(),
    onOpen: () => void showUi(),
    onLock: () => void security.lock(),
    onQuit: () => app.quit(),
  });
  app.on('will-quit', () => tray.destroy());

  const stopBills = startRepeating(
    () =>
      runBillScheduler(
        {
          ledger: ledger.api,
          internal: ledger.internal,
          notifier,
          systemLocale: app.getLocale(),
          timeZone: systemTimeZone(),
          openBill: (billId) => showUi()?.webContents.send(NAVIGATE_CHANNEL, `/bills/${billId}`),
          openReport: (month) =>
            showUi()?.webContents.send(NAVIGATE_CHANNEL, `/analytics/report/${month}`),
          openGoals: () => showUi()?.webContents.send(NAVIGATE_CHANNEL, '/goals'),
          openForecast: () => showUi()?.webContents.send(NAVIGATE_CHANNEL, '/analytics'),
        },
        Date.now(),
      ),
    60_000,
  );
  app.on('will-quit', stopBills);

  sendPayRequest = (event) => {
    const window = showUi();
    if (!window) return;
    const send = () => window.webContents.send(PAY_REQUEST_CHANNEL, event);
    if (window.webContents.isLoading()) window.webContents.once('did-finish-load', send);
    else send();
  };
  for (const event of waitingPayRequests.splice(0)) sendPayRequest(event);

  app.on('second-instance', () => void showUi());
  app.on('activate', () => void showUi());
  app.on('will-quit', () => ledger.dispose());
}

registerAppScheme();
app.enableSandbox();

if (app.requestSingleInstanceLock()) {
  hardenAllWebContents(app);
  registerPaymentLinks({
    app,
    argv: process.argv,
    devLaunch: devLaunchOf(process, process.cwd()),
    deliver: (event) => {
      if (sendPayRequest) sendPayRequest(event);
      else waitingPayRequests.push(event);
    },
  });
  // The tray keeps Purse running with no window; it quits from the tray menu.
  app.on('window-all-closed', () => undefined);
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
