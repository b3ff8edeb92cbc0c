import { TRAY_ICON_COLOUR, TRAY_ICON_TEMPLATE } from './tray-icon';

/** The part of Electron's NativeImage the tray icon uses. */
export interface TrayImage {
  addRepresentation(options: { scaleFactor: number; dataURL: string }): void;
  setTemplateImage(option: boolean): void;
}

/**
 * The tray icon for this OS: on macOS a template image (black and alpha, 16 pt at 1× and 2×)
 * that the menu bar tints for light and dark; elsewhere the colour icon, 16 px on Windows
 * and 24 px on Linux panels, each with a 2× copy for HiDPI.
 */
export function trayImage<Image extends TrayImage>(
  nativeImage: { createEmpty(): Image },
  platform: string,
): Image {
  const image = nativeImage.createEmpty();
  const [one, two]: readonly [string, string] =
    platform === 'darwin'
      ? [TRAY_ICON_TEMPLATE[16], TRAY_ICON_TEMPLATE[32]]
      : platform === 'linux'
        ? [TRAY_ICON_COLOUR[24], TRAY_ICON_COLOUR[48]]
        : [TRAY_ICON_COLOUR[16], TRAY_ICON_COLOUR[32]];
  image.addRepresentation({ scaleFactor: 1, dataURL: one });
  image.addRepresentation({ scaleFactor: 2, dataURL: two });
  if (platform === 'darwin') image.setTemplateImage(true);
  return image;
}

/** The parts of Electron's Tray, Menu and nativeImage the tray uses. */
export interface TrayDeps<Image extends TrayImage, TrayMenu> {
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
  readonly nativeImage: { createEmpty(): Image };
  readonly platform: string;
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
export function createAppTray<Image extends TrayImage, TrayMenu>(deps: TrayDeps<Image, TrayMenu>) {
  const labels = LABELS[deps.locale.toLowerCase().startsWith('zh') ? 'zh' : 'en'];
  const tray = new deps.Tray(trayImage(deps.nativeImage, deps.platform));
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
