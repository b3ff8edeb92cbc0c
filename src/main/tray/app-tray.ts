import { TRAY_ICON_DATA_URL } from './tray-icon';

/** The parts of Electron's Tray, Menu and nativeImage the tray uses. */
export interface TrayDeps<Image, TrayMenu> {
  readonly Tray: new (image: Image) => {
    setToolTip(text: string): void;
    setContextMenu(menu: TrayMenu): void;
    on(event: 'click', listener: () => void): void;
    destroy(): void;
  };
  readonly Menu: {
    buildFromTemplate(
      template: { label?: string; type?: 'separator'; click?: () => void }[],
    ): TrayMenu;
  };
  readonly nativeImage: { createFromDataURL(url: string): Image };
  readonly locale: string;
  readonly onOpen: () => void;
  readonly onLock: () => void;
  readonly onQuit: () => void;
}

const LABELS = {
  en: {
    tooltip: 'Purse — reminders stay on',
    open: 'Open Purse',
    lock: 'Lock Purse',
    quit: 'Quit Purse',
  },
  zh: {
    tooltip: 'Purse — 提醒保持开启',
    open: '打开 Purse',
    lock: '锁定 Purse',
    quit: '退出 Purse',
  },
} as const;

/**
 * Keeps Purse in the tray when its window is closed, so bill reminders and autopay still
 * arrive; Quit is here.
 */
export function createAppTray<Image, TrayMenu>(deps: TrayDeps<Image, TrayMenu>) {
  const labels = LABELS[deps.locale.toLowerCase().startsWith('zh') ? 'zh' : 'en'];
  const tray = new deps.Tray(deps.nativeImage.createFromDataURL(TRAY_ICON_DATA_URL));
  tray.setToolTip(labels.tooltip);
  tray.setContextMenu(
    deps.Menu.buildFromTemplate([
      { label: labels.open, click: deps.onOpen },
      { label: labels.lock, click: deps.onLock },
      { type: 'separator' },
      { label: labels.quit, click: deps.onQuit },
    ]),
  );
  tray.on('click', deps.onOpen);
  return tray;
}
